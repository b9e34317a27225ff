import { berlinDay, berlinTime } from '../../../../kernel/time';
import { PAGE_PATHS } from '../../paths';
import { meetingTitle, monthTitle } from '../presenters';
import type { MeetingSummary } from '../queries/meetings';

const WEEKDAYS = [
  ['Mo', 'Montag'],
  ['Di', 'Dienstag'],
  ['Mi', 'Mittwoch'],
  ['Do', 'Donnerstag'],
  ['Fr', 'Freitag'],
  ['Sa', 'Samstag'],
  ['So', 'Sonntag'],
] as const;

const longDay = new Intl.DateTimeFormat('de-DE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** The month's days in weeks from Monday; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * The month as a table (weeks as rows, Monday first), each day with its meetings as links. Day
 * headers are abbreviated with the full name for screen readers; days with meetings carry the full
 * date in the cell, so the table reads well cell by cell.
 */
export function MonthGrid({ month, meetings, today }: { month: string; meetings: readonly MeetingSummary[]; today: string }) {
  const byDay = new Map<string, MeetingSummary[]>();
  for (const meeting of meetings) {
    const day = berlinDay(meeting.start);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  return (
    // On a phone the grid may scroll sideways: the region then takes the focus, so the keyboard can scroll it too.
    <div class="table-wrapper" role="region" aria-labelledby="month-grid-caption" tabIndex={0}>
      <table class="table month-grid">
        <caption class="table__caption" id="month-grid-caption">{`Sitzungen im ${monthTitle(month)}`}</caption>
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
          {monthWeeks(month).map((week) => (
            <tr>
              {week.map((day) => {
                if (!day) return <td class="month-grid__pad" />;
                const dayMeetings = byDay.get(day) ?? [];
                const [y, m, d] = day.split('-').map(Number) as [number, number, number];
                return (
                  <td class={day === today ? 'month-grid__today' : undefined} aria-current={day === today ? 'date' : undefined}>
                    <span class="month-grid__day" aria-hidden={dayMeetings.length > 0 ? 'true' : undefined}>
                      {d}
                    </span>
                    {dayMeetings.length > 0 && (
                      <>
                        <span class="visually-hidden">{longDay.format(new Date(Date.UTC(y, m - 1, d)))}</span>
                        <ul class="month-grid__meetings">
                          {dayMeetings.map((meeting) => (
                            <li>
                              {`${berlinTime(meeting.start)} Uhr: `}
                              <a href={PAGE_PATHS.meeting(meeting.id)}>{meetingTitle(meeting, meeting.organizations)}</a>
                              {meeting.cancelled && ' (abgesagt)'}
                            </li>
                          ))}
                        </ul>
                      </>
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
