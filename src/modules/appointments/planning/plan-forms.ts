import type { FieldErrors } from '../../../kernel/http';
import { isCalendarDate } from '../../../kernel/http';

/** The weekdays as the forms show them, ISO numbers 1 (Monday) to 7. */
export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const;
/** Two spans a day: the morning and, after a break, the afternoon. */
export const SPANS = ['a', 'b'] as const;
export const WAVE_ROWS = [1, 2, 3] as const;

export const hoursField = (kind: 'opens' | 'closes', weekday: number, span: (typeof SPANS)[number]) => `${kind}-${weekday}-${span}`;
export const waveField = (kind: 'days' | 'time' | 'share', row: number) => `${kind}-${row}`;

type Body = Record<string, unknown>;
const field = (body: Body, name: string): string => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');

/** "8", "8:30", "08.30" → "08:30"; undefined for anything else. */
export function clockTimeOf(value: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(value);
  if (!match || Number(match[1]) > 23 || Number(match[2] ?? 0) > 59) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2] ?? '00'}`;
}

/** `YYYY-MM-DD` or `TT.MM.JJJJ` → `YYYY-MM-DD`; undefined for anything else. */
export function calendarDayOf(value: string): string | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
  return isCalendarDate(iso) ? iso : undefined;
}

export interface HoursSpan {
  weekday: number;
  opens: string;
  closes: string;
}

/**
 * The opening hours form: per weekday up to two spans (morning, afternoon), each with both times or
 * neither; a span closes after it opens; the afternoon starts after the morning ends (no overlap);
 * valid from a day not in the past. Errors at the field the person must change.
 */
export function parseHoursForm(body: Body, today: string): { ok: true; spans: HoursSpan[]; validFrom: string } | { ok: false; errors: FieldErrors } {
  const found: FieldErrors = {};
  const spans: HoursSpan[] = [];
  WEEKDAYS.forEach((dayName, index) => {
    const weekday = index + 1;
    let previous: HoursSpan | undefined;
    for (const span of SPANS) {
      const [opensName, closesName] = [hoursField('opens', weekday, span), hoursField('closes', weekday, span)];
      const [opensText, closesText] = [field(body, opensName), field(body, closesName)];
      if (!opensText && !closesText) continue;
      const opens = clockTimeOf(opensText);
      const closes = clockTimeOf(closesText);
      if (!opensText) found[opensName] = `Geben Sie an, wann am ${dayName} geöffnet wird.`;
      else if (!opens) found[opensName] = `Geben Sie die Öffnungszeit am ${dayName} als Uhrzeit an, zum Beispiel 08:00.`;
      if (!closesText) found[closesName] = `Geben Sie an, wann am ${dayName} geschlossen wird.`;
      else if (!closes) found[closesName] = `Geben Sie die Schließzeit am ${dayName} als Uhrzeit an, zum Beispiel 12:30.`;
      if (!opens || !closes) continue;
      if (closes <= opens) {
        found[closesName] = `Am ${dayName} muss die Schließzeit nach der Öffnungszeit (${opens}) liegen.`;
        continue;
      }
      if (previous && opens < previous.closes) {
        found[opensName] = `Am ${dayName} überschneiden sich die Zeiten: die zweite beginnt vor ${previous.closes}, dem Ende der ersten.`;
        continue;
      }
      previous = { weekday, opens, closes };
      spans.push(previous);
    }
  });
  const validFromText = field(body, 'validFrom');
  const validFrom = calendarDayOf(validFromText);
  if (!validFromText) found.validFrom = 'Geben Sie an, ab wann die Zeiten gelten.';
  else if (!validFrom) found.validFrom = 'Geben Sie den Tag als Datum an, zum Beispiel 24.12.2026.';
  else if (validFrom < today) found.validFrom = 'Die Zeiten können nicht für die Vergangenheit gelten: geben Sie heute oder einen späteren Tag an.';
  if (Object.keys(found).length > 0) return { ok: false, errors: found };
  return { ok: true, spans, validFrom: validFrom! };
}

export interface WaveFields {
  daysAhead: number;
  atTime: string;
  sharePercent: number;
}

/**
 * The release waves form: up to three rows of days ahead (0–365), a time and a share (1–100 %);
 * empty rows are left out; the shares add up to 100. No row at all: units are bookable at once.
 */
export function parseWavesForm(body: Body): { ok: true; waves: WaveFields[] } | { ok: false; errors: FieldErrors } {
  const found: FieldErrors = {};
  const waves: WaveFields[] = [];
  for (const row of WAVE_ROWS) {
    const names = { days: waveField('days', row), time: waveField('time', row), share: waveField('share', row) };
    const [days, time, share] = [field(body, names.days), field(body, names.time), field(body, names.share)];
    if (!days && !time && !share) continue;
    const atTime = clockTimeOf(time);
    if (!/^\d{1,3}$/.test(days) || Number(days) > 365) found[names.days] = `Welle ${row}: Geben Sie die Tage vorher als ganze Zahl von 0 bis 365 an.`;
    if (!atTime) found[names.time] = `Welle ${row}: Geben Sie die Uhrzeit der Freigabe an, zum Beispiel 07:00.`;
    if (!/^\d{1,3}$/.test(share) || Number(share) < 1 || Number(share) > 100) {
      found[names.share] = `Welle ${row}: Geben Sie den Anteil als ganze Zahl von 1 bis 100 an.`;
    }
    if (!found[names.days] && !found[names.time] && !found[names.share]) waves.push({ daysAhead: Number(days), atTime: atTime!, sharePercent: Number(share) });
  }
  if (Object.keys(found).length > 0) return { ok: false, errors: found };
  const total = waves.reduce((sum, wave) => sum + wave.sharePercent, 0);
  if (waves.length > 0 && total !== 100) {
    return { ok: false, errors: { [waveField('share', 1)]: `Die Anteile ergeben zusammen ${total} %; sie müssen zusammen 100 % ergeben.` } };
  }
  const seen = new Set(waves.map((wave) => `${wave.daysAhead} ${wave.atTime}`));
  if (seen.size !== waves.length) {
    return { ok: false, errors: { [waveField('days', 2)]: 'Zwei Wellen haben denselben Zeitpunkt: fassen Sie sie zu einer zusammen.' } };
  }
  return { ok: true, waves };
}
