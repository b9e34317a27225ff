import { ButtonLink, InsetText, StatusTag } from '../../../kernel/views';
import { LIFE_SITUATIONS } from '../life-situations';
import { SERVICE_PATHS } from '../paths';
import { OZG_LEVELS, catalogueHref } from '../presenters';
import type { ServiceDetail } from '../repository';
import { ContactSection } from './contact-section';

export interface DetailProps {
  service: ServiceDetail;
  /** The Leistung in the state's portal, when it has a LeiKa key. */
  statePortal: { name: string; url: string } | null;
}

/** Texts are stored with blank lines between paragraphs. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p>{paragraph}</p>
      ))}
    </>
  );
}

/** One Leistung in GOV.UK order: what it is, who, what you need, costs, duration, law, who is responsible. */
export function DetailPage({ service, statePortal }: DetailProps) {
  return (
    <>
      <h1>{service.name}</h1>
      <p class="lead">{service.summary}</p>
      <Paragraphs text={service.description} />
      <HowToApply service={service} />

      <h2>Wer kann das beantragen</h2>
      <Paragraphs text={service.eligibility} />

      <h2>Welche Unterlagen brauchen Sie</h2>
      {service.requiredDocuments.length > 0 ? (
        <ul>
          {service.requiredDocuments.map((document) => (
            <li>{document}</li>
          ))}
        </ul>
      ) : (
        <p>Sie brauchen keine Unterlagen.</p>
      )}

      <h2>Was kostet das</h2>
      <Paragraphs text={service.fees} />

      <h2>Wie lange dauert das</h2>
      <Paragraphs text={service.processingTime} />

      <h2>Online-Angebot</h2>
      <p>{OZG_LEVELS[service.ozgLevel]}</p>

      {service.legalBases.length > 0 && (
        <>
          <h2>Rechtsgrundlagen</h2>
          <ul>
            {service.legalBases.map((basis) => (
              <li>{basis.url ? <a href={basis.url}>{basis.title}</a> : basis.title}</li>
            ))}
          </ul>
        </>
      )}

      <h2>Zuständig</h2>
      <p>
        {service.departmentName} (<a href={catalogueHref({ fachbereich: service.departmentId })}>alle Leistungen: {service.departmentName}</a>)
      </p>
      <ContactSection service={service} />

      <LifeSituations slugs={service.lifeSituations} />
      {service.leikaKey && (
        <>
          <h2>Bundesweit</h2>
          <p>Leistungsschlüssel (LeiKa): {service.leikaKey}</p>
          {statePortal && (
            <p>
              <a href={statePortal.url}>Diese Leistung im {statePortal.name}</a>
            </p>
          )}
        </>
      )}
    </>
  );
}

/** The call to action: start the online form, go to the external portal, and/or come in person. */
function HowToApply({ service }: { service: ServiceDetail }) {
  return (
    <>
      {service.onlineApplication && (
        <p>
          <StatusTag kind="success">Online möglich</StatusTag>
        </p>
      )}
      {service.onlineApplication && <ButtonLink href={SERVICE_PATHS.application(service.slug)}>Online beantragen</ButtonLink>}
      {service.externalPortalUrl && (
        <p>
          Online erledigen Sie das hier: <a href={service.externalPortalUrl}>{service.externalPortalName ?? 'Online-Portal'}</a>.
        </p>
      )}
      {service.personalAppearance && (
        <InsetText>
          <h2>Persönlich vorsprechen</h2>
          {service.appearanceReason && <p>{service.appearanceReason}</p>}
          {service.appearanceBring.length > 0 && (
            <>
              <p>Bringen Sie bitte mit:</p>
              <ul>
                {service.appearanceBring.map((item) => (
                  <li>{item}</li>
                ))}
              </ul>
            </>
          )}
          {service.appointmentService && (
            <p>
              <a href={SERVICE_PATHS.appointment(service.appointmentService)}>Termin online buchen</a>
            </p>
          )}
        </InsetText>
      )}
    </>
  );
}

function LifeSituations({ slugs }: { slugs: string[] }) {
  const known = LIFE_SITUATIONS.filter((situation) => slugs.includes(situation.slug));
  if (known.length === 0) return null;
  return (
    <>
      <h2>Passt zu diesen Lebenslagen</h2>
      <ul>
        {known.map((situation) => (
          <li>
            <a href={catalogueHref({ lebenslage: situation.slug })}>{situation.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
