import { LinkCards, type LinkCard } from '../../../../kernel/views';
import { OPARL_BASE, PAGE_PATHS } from '../../paths';
import type { Landing } from '../use-cases/show-landing';
import { MeetingList, PaperList } from './parts';

/** The ways into the council's information, as cards below the page's heading. */
const WAYS_IN: LinkCard[] = [
  {
    href: PAGE_PATHS.meetings,
    label: 'Sitzungskalender',
    description: 'Alle Sitzungen als Liste oder Monatsübersicht, auch zum Abonnieren im eigenen Kalender.',
  },
  { href: PAGE_PATHS.search, label: 'Vorlagen und Dokumente durchsuchen', description: 'Volltextsuche in Vorlagen, Anträgen, Anfragen und ihren Dokumenten.' },
  { href: PAGE_PATHS.organizations, label: 'Gremien und Mitglieder', description: 'Rat, Ausschüsse, Beiräte und Fraktionen mit ihren Mitgliedern.' },
  { href: PAGE_PATHS.map, label: 'Karte', description: 'Wo Sitzungen stattfinden und welche Orte Vorlagen betreffen.' },
];

/** `/rat`: what is next, the latest papers, the Gremien, and every other way into the council's information. */
export function LandingPage({ landing, townName }: { landing: Landing; townName: string }) {
  return (
    <>
      <h1>Ratsinformation</h1>
      <p class="lead">{`Was der Rat der Stadt ${townName} und seine Ausschüsse beraten und beschließen: Sitzungen mit Tagesordnung, Vorlagen und Protokolle.`}</p>
      <LinkCards cards={WAYS_IN} titleLevel={2} />
      <h2>Nächste Sitzungen</h2>
      <MeetingList meetings={landing.meetings} empty="Zurzeit sind keine Sitzungen angesetzt." />
      <p>
        <a href={PAGE_PATHS.meetings}>Alle kommenden Sitzungen</a>
      </p>
      <h2>Neue Vorlagen</h2>
      <PaperList papers={landing.papers} empty="Es sind noch keine Vorlagen veröffentlicht." />
      <h2>Gremien</h2>
      {landing.gremien.length === 0 ? (
        <p>Es sind noch keine Gremien eingetragen.</p>
      ) : (
        landing.gremien.map(({ group, organizations }) => (
          <>
            <h3>{group}</h3>
            <ul class="list">
              {organizations.map((org) => (
                <li>
                  <a href={PAGE_PATHS.organization(org.slug)}>{org.name}</a>
                </li>
              ))}
            </ul>
          </>
        ))
      )}
      <h2>Daten zum Weiterverwenden</h2>
      <ul class="list">
        <li>
          <a href={PAGE_PATHS.meetingsCalendar}>Alle Sitzungen als Kalender (iCal)</a>
        </li>
        <li>
          <a href={PAGE_PATHS.meetingsFeed}>Neue und geänderte Sitzungen (Atom-Feed)</a>
        </li>
        <li>
          <a href={PAGE_PATHS.papersFeed}>Neue und geänderte Vorlagen (Atom-Feed)</a>
        </li>
        <li>
          <a href={`${OPARL_BASE}/system`}>Schnittstelle nach dem Standard OParl 1.1</a> für Programme, die Ratsinformationen lesen
        </li>
      </ul>
    </>
  );
}
