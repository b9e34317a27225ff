import { formatFileSize } from '../../../kernel/files';
import { berlinDay, berlinTime } from '../../../kernel/time';
import { formatDate } from '../../../kernel/views';
import { PAGE_PATHS } from '../paths';
import type { FileRef } from './queries/files-of';

const weekday = new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'Europe/Berlin' });
const longDate = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Dienstag, 10. März 2026" */
export function meetingDay(start: Date): string {
  return `${weekday.format(start)}, ${longDate.format(start)}`;
}

/** "17:00 bis 20:00 Uhr", "17:00 Uhr" without an end or with an end on another day. */
export function meetingHours(start: Date, end: Date | null): string {
  if (!end || berlinDay(end) !== berlinDay(start) || end <= start) return `${berlinTime(start)} Uhr`;
  return `${berlinTime(start)} bis ${berlinTime(end)} Uhr`;
}

/** A meeting's name, or its Gremien and day when the source gives none. */
export function meetingTitle(meeting: { name: string | null; start: Date | null }, organizations: readonly { name: string }[] = []): string {
  if (meeting.name?.trim()) return meeting.name.trim();
  const who = organizations.map((org) => org.name).join(', ') || 'Sitzung';
  return meeting.start ? `${who}, ${formatDate(meeting.start)}` : who;
}

/** OParl's meetingState in plain words (sources also write their own; those are shown as they are). */
export function meetingStateText(meeting: { cancelled: boolean; meetingState: string | null }): string | null {
  if (meeting.cancelled) return 'Abgesagt';
  const state = meeting.meetingState?.trim();
  if (!state) return null;
  const known: Record<string, string> = { terminiert: 'Terminiert', eingeladen: 'Eingeladen', durchgeführt: 'Durchgeführt' };
  return known[state.toLowerCase()] ?? state;
}

export function paperTitle(paper: { name: string | null; reference: string | null }): string {
  return paper.name?.trim() || (paper.reference ? `Drucksache ${paper.reference}` : 'Drucksache ohne Titel');
}

/** "Anna Muster", from the parts when the source gives no full name. */
export function personName(person: { name: string | null; givenName: string | null; familyName: string | null }): string {
  return person.name?.trim() || [person.givenName, person.familyName].filter(Boolean).join(' ') || 'Name nicht veröffentlicht';
}

/** "Vorlage Radweg (PDF, 1,2 MB)": the link text of a document names its format and size (docs/design.md). */
export function fileLabel(file: FileRef): string {
  const name = file.name?.trim() || file.fileName || 'Dokument';
  const format = fileFormat(file);
  const details = [format, file.size ? formatFileSize(file.size) : undefined].filter(Boolean).join(', ');
  return details ? `${name} (${details})` : name;
}

function fileFormat(file: FileRef): string | undefined {
  const type = file.mimeType?.toLowerCase() ?? '';
  if (type === 'application/pdf') return 'PDF';
  if (type.includes('wordprocessingml') || type === 'application/msword') return 'Word';
  if (type.includes('spreadsheetml') || type === 'application/vnd.ms-excel') return 'Excel';
  if (type.startsWith('image/')) return 'Bild';
  const extension = /\.([a-z0-9]{1,5})$/i.exec(file.fileName ?? '')?.[1];
  return extension?.toUpperCase();
}

/** "2026-03" → "März 2026". */
export function monthTitle(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return monthName.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The month before or after `month` ("2026-03", 1 → "2026-04"). */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** "10.03.2026" from a calendar date of the database. */
export function calendarDate(day: string | null): string | null {
  return day ? day.split('-').reverse().join('.') : null;
}

/** A calendar URL with these filters (defaults left out, so the plain URL stays one cache entry). */
export function calendarHref(filters: {
  gremium?: string | undefined;
  zeit?: string | undefined;
  monat?: string | undefined;
  seite?: number | undefined;
}): string {
  const params = new URLSearchParams();
  if (filters.gremium) params.set('gremium', filters.gremium);
  if (filters.monat) params.set('monat', filters.monat);
  else if (filters.zeit === 'vergangen') params.set('zeit', 'vergangen');
  if (!filters.monat && filters.seite && filters.seite > 1) params.set('seite', String(filters.seite));
  const query = params.toString();
  return query ? `${PAGE_PATHS.meetings}?${query}` : PAGE_PATHS.meetings;
}

/** A link from the source (web, website) only when it is a web address: a source's `javascript:` never reaches a page. */
export function webLink(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
