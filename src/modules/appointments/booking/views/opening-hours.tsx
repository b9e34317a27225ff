import type { OpeningTime } from '../repository';

const WEEKDAY_NAMES = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

/** A location's opening hours for appointments, a line per weekday ("08:00 bis 12:00 Uhr und 14:00 bis 16:00 Uhr"). */
export function OpeningHours({ hours }: { hours: readonly OpeningTime[] }) {
  if (hours.length === 0) return <p>Zurzeit sind keine Öffnungszeiten für Termine eingetragen.</p>;
  const days = [1, 2, 3, 4, 5, 6, 7]
    .map((weekday) => ({ weekday, times: hours.filter((time) => time.weekday === weekday) }))
    .filter((day) => day.times.length > 0);
  return (
    <dl class="summary-list">
      {days.map((day) => (
        <div class="summary-list__row">
          <dt class="summary-list__key">{WEEKDAY_NAMES[day.weekday - 1]}</dt>
          <dd class="summary-list__value">{day.times.map((time) => `${time.opens} bis ${time.closes} Uhr`).join(' und ')}</dd>
        </div>
      ))}
    </dl>
  );
}
