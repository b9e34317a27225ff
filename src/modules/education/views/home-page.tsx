import { ButtonLink, LinkCards, NotificationBanner } from '../../../kernel/views';
import { PATHS } from '../paths';
import type { EventSource } from '../../../kernel/module';
import type { Upcoming } from '../use-cases/upcoming-events';
import { EventsByDay } from './event-list';

type Offer = Pick<EventSource, 'area' | 'href' | 'description'>;

/** `/bildung`: the town's learning offers, each with its own pages, and their next events. */
export function HomePage({ offers, upcoming }: { offers: Offer[]; upcoming: Upcoming }) {
  return (
    <>
      <h1>Bildung</h1>
      <p class="lead">Kurse und Webinare der Volkshochschule, Medien der Stadtbücherei und alle Termine – online buchen, ausleihen und vormerken.</p>
      <LinkCards cards={offers.map(({ href, area, description }) => ({ href, label: area, description }))} titleLevel={2} />
      <h2>Nächste Termine</h2>
      {upcoming.failed.length > 0 && (
        <NotificationBanner kind="warning" title="Nicht alle Termine verfügbar">
          Termine von {upcoming.failed.join(', ')} konnten gerade nicht geladen werden.
        </NotificationBanner>
      )}
      {upcoming.events.length === 0 ? <p>In den nächsten zwei Wochen stehen keine Termine an.</p> : <EventsByDay events={upcoming.events} headingLevel={3} />}
      <p>
        <ButtonLink href={PATHS.calendar} variant="secondary">
          Alle Termine im Kalender
        </ButtonLink>
      </p>
    </>
  );
}
