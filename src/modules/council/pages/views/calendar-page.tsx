import type { FieldErrors } from '../../../../kernel/http/errors';
import { Button, ErrorSummary, FilterChips, Pagination, RadioGroup, SelectField } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { berlinDay } from '../../../../kernel/time';
import { calendarHref, monthTitle, shiftMonth } from '../presenters';
import type { OrganizationRecord } from '../queries/organizations';
import type { CalendarView } from '../use-cases/browse-calendar';
import { MonthGrid } from './month-grid';
import { MeetingList } from './parts';

interface CalendarPageProps {
  view: CalendarView;
  gremien: OrganizationRecord[];
  gremium: OrganizationRecord | undefined;
  /** What the person sent, shown again in the form when it has errors. */
  values: Record<string, string>;
  errors: FieldErrors | undefined;
  baseUrl: string;
}

function Filters({ view, gremien, gremium, values, errors }: Omit<CalendarPageProps, 'baseUrl'>) {
  return (
    <form action={PAGE_PATHS.meetings} method="get" class="filters" aria-label="Sitzungen filtern" noValidate>
      <SelectField
        name="gremium"
        label="Gremium"
        value={errors?.gremium ? values.gremium : gremium?.slug}
        error={errors?.gremium}
        placeholder="Alle Gremien"
        options={gremien.map((org) => ({ value: org.slug, label: org.name }))}
      />
      {view.kind === 'month' ? (
        <input type="hidden" name="monat" value={view.month} />
      ) : (
        <RadioGroup
          name="zeit"
          legend="Zeitraum"
          value={view.past ? 'vergangen' : 'kommend'}
          error={errors?.zeit}
          options={[
            { value: 'kommend', label: 'Kommende Sitzungen' },
            { value: 'vergangen', label: 'Vergangene Sitzungen' },
          ]}
        />
      )}
      <Button variant="secondary">Sitzungen anzeigen</Button>
    </form>
  );
}

function ViewSwitch({ view, gremium }: Pick<CalendarPageProps, 'view' | 'gremium'>) {
  const month = view.kind === 'month' ? view.month : berlinDay(new Date()).slice(0, 7);
  return (
    <p>
      {view.kind === 'month' ? (
        <a href={calendarHref({ gremium: gremium?.slug })}>Als Liste anzeigen</a>
      ) : (
        <a href={calendarHref({ gremium: gremium?.slug, monat: month })}>Als Monatsübersicht anzeigen</a>
      )}
    </p>
  );
}

/** `/rat/sitzungen`: the meetings as a paged list or a month grid, filtered by Gremium, and the calendar to subscribe to. */
export function CalendarPage(props: CalendarPageProps) {
  const { view, gremium, errors, baseUrl } = props;
  const feedPath = gremium ? PAGE_PATHS.organizationCalendar(gremium.slug) : PAGE_PATHS.meetingsCalendar;
  const webcal = `${baseUrl}${feedPath}`.replace(/^https?:/, 'webcal:');
  const withoutGremium = calendarHref(view.kind === 'month' ? { monat: view.month } : { zeit: view.past ? 'vergangen' : undefined });
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Sitzungskalender</h1>
      <Filters {...props} />
      {gremium && <FilterChips chips={[{ label: `Gremium: ${gremium.name}`, href: withoutGremium }]} clearHref={withoutGremium} />}
      <ViewSwitch view={view} gremium={gremium} />
      {view.kind === 'month' ? (
        <>
          <nav class="month-nav" aria-label="Monate">
            <a
              href={calendarHref({ gremium: gremium?.slug, monat: shiftMonth(view.month, -1) })}
              rel="prev"
            >{`Vorheriger Monat: ${monthTitle(shiftMonth(view.month, -1))}`}</a>
            {' · '}
            <a
              href={calendarHref({ gremium: gremium?.slug, monat: shiftMonth(view.month, 1) })}
              rel="next"
            >{`Nächster Monat: ${monthTitle(shiftMonth(view.month, 1))}`}</a>
          </nav>
          <MonthGrid month={view.month} meetings={view.meetings} today={view.today} />
          {view.meetings.length === 0 && <p>{`Im ${monthTitle(view.month)} sind keine Sitzungen eingetragen.`}</p>}
        </>
      ) : (
        <>
          <h2 id="results-title">{`${view.past ? 'Vergangene Sitzungen' : 'Kommende Sitzungen'}: ${view.total}`}</h2>
          <MeetingList
            meetings={view.meetings}
            empty={view.past ? 'Es sind keine vergangenen Sitzungen eingetragen.' : 'Zurzeit sind keine Sitzungen angesetzt.'}
          />
          <Pagination
            page={view.page}
            pageCount={view.pageCount}
            hrefFor={(page) => calendarHref({ gremium: gremium?.slug, zeit: view.past ? 'vergangen' : undefined, seite: page })}
          />
        </>
      )}
      <h2>Im eigenen Kalender abonnieren</h2>
      <p>
        {gremium ? `Die Sitzungen des Gremiums ${gremium.name} ` : 'Alle Sitzungen '}
        erscheinen in Ihrem Kalenderprogramm und bleiben dort aktuell, auch wenn sich Termine ändern oder Sitzungen abgesagt werden.
      </p>
      <ul class="list">
        <li>
          <a href={webcal}>Im Kalenderprogramm abonnieren</a> (öffnet Outlook, Apple Kalender oder ein anderes Programm)
        </li>
        <li>
          <a href={feedPath}>Kalenderdatei herunterladen (iCal)</a>; die Adresse zum Abonnieren, etwa in Google Kalender unter „Per URL hinzufügen“:{' '}
          <code class="feed-address">{`${baseUrl}${feedPath}`}</code>
        </li>
      </ul>
    </>
  );
}
