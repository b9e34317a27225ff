import { Button, FilterChips, FilterPanel, Form, NotificationBanner, SelectField, TextField, formatDate, type FilterChip } from '../../../kernel/views';
import { addDays, berlinDayStart } from '../../../kernel/time';
import { calendarFeedHref, calendarHref } from '../presenters';
import { PATHS } from '../paths';
import type { CalendarQuery } from '../schemas';
import { WINDOW_DAYS, type Calendar, type FilterOption } from '../use-cases/list-calendar';
import { EventsByDay } from './event-list';

const FILTERS = [
  { param: 'angebot', label: 'Angebot' },
  { param: 'ort', label: 'Ort' },
  { param: 'zielgruppe', label: 'Zielgruppe' },
] as const;

function options(values: FilterOption[]) {
  return values.map(({ value, count }) => ({ value, label: `${value} (${count})` }));
}

function countText(count: number): string {
  return count === 1 ? '1 Termin' : `${count} Termine`;
}

/** `/bildung/kalender`: four weeks of every offer's events, by day, with filters that work without JavaScript. */
export function CalendarPage({ query, calendar }: { query: CalendarQuery; calendar: Calendar }) {
  const chips: FilterChip[] = FILTERS.flatMap(({ param, label }) => {
    const value = query[param];
    return value === undefined ? [] : [{ label: `${label}: ${value}`, href: calendarHref({ ...query, [param]: undefined }) }];
  });
  const range = `${formatDate(berlinDayStart(calendar.from))} bis ${formatDate(berlinDayStart(calendar.until))}`;
  return (
    <>
      <h1>Veranstaltungskalender</h1>
      <p class="lead">Kurse, Webinare und Veranstaltungen aller Bildungsangebote der Stadt an einem Ort.</p>
      <div class="filter-layout">
        <FilterPanel title="Zeitraum und Filter" activeCount={chips.length}>
          <Form action={PATHS.calendar} method="get" label="Termine filtern">
            <TextField name="von" type="date" label="Ab dem" hint={`Gezeigt werden ${WINDOW_DAYS} Tage.`} value={calendar.from} width="medium" />
            {FILTERS.map(({ param, label }) => (
              <SelectField key={param} name={param} label={label} value={query[param]} placeholder="Alle" options={options(calendar.options[param])} />
            ))}
            <Button>Termine anzeigen</Button>
          </Form>
        </FilterPanel>
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={calendarHref({ von: query.von })} />
          {calendar.failed.length > 0 && (
            <NotificationBanner kind="warning" title="Nicht alle Termine verfügbar">
              Termine von {calendar.failed.join(', ')} konnten gerade nicht geladen werden. Bitte versuchen Sie es später noch einmal.
            </NotificationBanner>
          )}
          <h2>
            {countText(calendar.events.length)} vom {range}
          </h2>
          {calendar.truncated && <p>Es gibt mehr Termine in diesem Zeitraum, als hier Platz haben. Bitte wählen Sie einen Filter.</p>}
          {calendar.events.length === 0 ? (
            <p>In diesem Zeitraum gibt es keine Termine{chips.length > 0 ? ' mit diesen Filtern' : ''}.</p>
          ) : (
            <EventsByDay events={calendar.events} headingLevel={3} />
          )}
          <p>
            <a href={calendarFeedHref(query)} type="text/calendar">
              Diese Termine als Kalender abonnieren (iCal)
            </a>{' '}
            – für Outlook, Thunderbird oder das Smartphone; {chips.length > 0 ? 'mit den gewählten Filtern, ' : ''}vom letzten Monat bis ein halbes Jahr voraus.
          </p>
          <nav class="pagination" aria-label="Zeitraum wechseln">
            <ul>
              <li>
                <a href={calendarHref({ ...query, von: addDays(calendar.from, -WINDOW_DAYS) })} rel="prev">
                  Frühere Termine
                </a>
              </li>
              <li>
                <a href={calendarHref({ ...query, von: addDays(calendar.from, WINDOW_DAYS) })} rel="next">
                  Spätere Termine
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </>
  );
}
