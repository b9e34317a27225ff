import type { Municipality } from '../../../kernel/config';
import type { StateLaw } from '../legal';
import { PATHS } from '../paths';
import { ContactDetails } from './contact-details';
import { MultilineText } from './text-blocks';

export interface SignLanguageVideo {
  title: string;
  src: string;
  type: string;
  transcript: string;
  /** False when a local file is missing or the source cannot be played under the CSP: then no player is shown. */
  playable: boolean;
}

interface SignLanguageProps {
  municipality: Municipality;
  law: StateLaw;
  videos: SignLanguageVideo[];
}

function VideoSection({ video, index }: { video: SignLanguageVideo; index: number }) {
  const titleId = `video-${index + 1}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{video.title}</h2>
      {video.playable ? (
        <video controls preload="none" width={640} height={360} aria-labelledby={titleId}>
          <source src={video.src} type={video.type} />
          <p>
            Ihr Browser kann dieses Video nicht abspielen. <a href={video.src}>Video „{video.title}“ herunterladen</a>
          </p>
        </video>
      ) : (
        <p class="inset">Dieses Video ist zurzeit nicht verfügbar. Den Inhalt finden Sie im Text darunter.</p>
      )}
      <h3>Text zum Video</h3>
      <MultilineText text={video.transcript} />
    </section>
  );
}

/** Sign-language videos from configuration, each with its full transcript; useful also without any video. */
export function SignLanguagePage({ municipality, law, videos }: SignLanguageProps) {
  return (
    <>
      <h1>Informationen in Deutscher Gebärdensprache</h1>
      {videos.length > 0 ? (
        <p class="lead">
          Hier finden Sie Videos in Deutscher Gebärdensprache. Ein Video startet erst, wenn Sie es abspielen. Unter jedem Video steht der vollständige Text.
        </p>
      ) : (
        <>
          <p class="lead">
            Zurzeit gibt es hier noch keine Videos in Deutscher Gebärdensprache. Die wichtigsten Informationen finden Sie auf dieser Seite als Text.
          </p>
          <h2>Das Stadtportal</h2>
          <p>
            Das Stadtportal ist die Website der {municipality.officialName} für digitale Angebote. Mit einem Bürgerkonto sehen Sie Ihre Anliegen an einem Ort.
            Die Seite <a href={PATHS.easyLanguage}>Leichte Sprache</a> erklärt das Stadtportal in einfachen Sätzen.
          </p>
        </>
      )}
      {videos.map((video, index) => (
        <VideoSection video={video} index={index} />
      ))}

      <h2>Dolmetschen in Gebärdensprache für Ihren Termin</h2>
      <p>
        Sie können für Ihren Termin eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher anfordern.
        {law.accessibility.interpreterBasis && ` Für Ihre Anliegen bei der Verwaltung ist das für Sie kostenlos (${law.accessibility.interpreterBasis}).`}
      </p>
      <p>Sagen Sie uns bitte rechtzeitig vor dem Termin Bescheid, am besten per E-Mail. Schreiben Sie uns, worum es geht und welche Termine Ihnen passen.</p>
      <ContactDetails municipality={municipality} />
      {municipality.contact.openingHours && <p>Öffnungszeiten: {municipality.contact.openingHours}</p>}

      <h2>Barrieren melden</h2>
      <p>
        Wenn Sie im Stadtportal auf ein Hindernis stoßen, schreiben Sie uns über das Formular <a href={PATHS.reportBarrier}>Barriere melden</a>.
      </p>
    </>
  );
}
