import { addDays } from '../../../../kernel/time';

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const WEEKDAYS = [
  ['Mo', 'Montag'],
  ['Di', 'Dienstag'],
  ['Mi', 'Mittwoch'],
  ['Do', 'Donnerstag'],
  ['Fr', 'Freitag'],
  ['Sa', 'Samstag'],
  ['So', 'Sonntag'],
] as const;

/** "Dezember 2026". */
export function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[number - 1]} ${year}`;
}

/** The month before or after (`YYYY-MM`). */
export function shiftMonth(month: string, by: -1 | 1): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, number - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first; null for the cells before the 1st and after the last day. */
function weeksOf(month: string): Array<Array<string | null>> {
  const first = `${month}-01`;
  const offset = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  const cells: Array<string | null> = Array.from({ length: offset }, () => null);
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

export interface MonthCalendarProps {
  month: string;
  /** Days with a free start: linked; every other day is shown but not linked. */
  freeDays: ReadonlySet<string>;
  hrefOfDay: (day: string) => string;
}

/**
 * A month as a table (caption, weekday headers with their full names for screen readers): the days
 * with a free appointment are links, the others plain, so a person sees at once which days are possible.
 */
export function MonthCalendar({ month, freeDays, hrefOfDay }: MonthCalendarProps) {
  return (
    // On a phone the table may scroll sideways: the region then takes the focus, so the keyboard can scroll it too.
    <div class="table-wrapper" role="region" aria-labelledby="month-calendar-caption" tabIndex={0}>
      <table class="table month-calendar">
        <caption class="table__caption" id="month-calendar-caption">
          {monthName(month)}: Tage mit freien Terminen sind verlinkt
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr>
              {week.map((day) => {
                if (!day) return <td />;
                const date = Number(day.slice(8));
                return (
                  <td>
                    {freeDays.has(day) ? (
                      <a href={hrefOfDay(day)}>
                        {date}
                        <span class="visually-hidden">. {monthName(month)}, Termine frei</span>
                      </a>
                    ) : (
                      <span>
                        {date}
                        <span class="visually-hidden">. {monthName(month)}, kein Termin frei</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
