import { formatDate } from '../../../../kernel/views';
import type { HoursRow, WaveRow } from '../repository';
import { WEEKDAYS } from '../plan-forms';

/** "Mo–Fr" is not said: each weekday with its spans, "Montag: 08:00–12:00, 14:00–16:00"; closed days left out. */
export function hoursLines(rows: readonly HoursRow[]): string[] {
  return WEEKDAYS.flatMap((name, index) => {
    const spans = rows.filter((row) => row.weekday === index + 1).map((row) => `${row.opens}–${row.closes}`);
    return spans.length > 0 ? [`${name}: ${spans.join(', ')} Uhr`] : [];
  });
}

/**
 * "70 % 28 Tage vorher um 07:00 Uhr". A wave further ahead than the booking window releases when the
 * units generator first makes the day (it makes only the window's days, each in the first hour of the
 * day it enters), so the text says that instead of a time that never comes.
 */
export function waveText(wave: WaveRow, windowDays: number): string {
  const when = wave.daysAhead === 0 ? 'am Tag selbst' : wave.daysAhead === 1 ? '1 Tag vorher' : `${wave.daysAhead} Tage vorher`;
  const text = `${wave.sharePercent} % ${when} um ${wave.atTime} Uhr`;
  return wave.daysAhead > windowDays ? `${text}, liegt vor dem Buchungszeitraum: erst buchbar ${windowDays} Tage vorher kurz nach Mitternacht` : text;
}

/** The waves form's hint on the booking window: what a wave further ahead means. */
export function windowHint(windowDays: number): string {
  return `Termine sind höchstens ${windowDays} Tage im Voraus buchbar (Buchungszeitraum). Eine Welle mit mehr Tagen vorher gibt ihre Zeiten erst frei, wenn der Tag in den Buchungszeitraum kommt: ${windowDays} Tage vorher kurz nach Mitternacht.`;
}

/** "24.12.2026" or "24.12.2026 bis 31.12.2026", with hours when only part of the day. */
export function closureWhen(closure: { firstDay: string; lastDay: string; fromTime: string | null; untilTime: string | null }): string {
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`));
  const days = closure.firstDay === closure.lastDay ? day(closure.firstDay) : `${day(closure.firstDay)} bis ${day(closure.lastDay)}`;
  return closure.fromTime && closure.untilTime ? `${days}, ${closure.fromTime} bis ${closure.untilTime} Uhr` : `${days} (ganztägig)`;
}

/** The note after saving opening hours; booked appointments outside the new hours stay until a closure cancels them. */
export function hoursSavedNote(outsideHours: number): string {
  const saved = 'Die Öffnungszeiten sind gespeichert; die buchbaren Zeiten sind angepasst.';
  if (outsideHours === 0) return saved;
  const bookings = outsideHours === 1 ? '1 gebuchter Termin liegt' : `${outsideHours} gebuchte Termine liegen`;
  return `${saved} ${bookings} außerhalb der neuen Öffnungszeiten und ${outsideHours === 1 ? 'bleibt' : 'bleiben'} bestehen. Um ${outsideHours === 1 ? 'ihn' : 'sie'} abzusagen und die Personen zu benachrichtigen, tragen Sie für diese Zeit einen Schließtag ein.`;
}
