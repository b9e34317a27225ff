import type { StateLaw } from './legal';
import type { TagKind } from '../../kernel/views';
import type { AccessibilityReport } from './repository';
import type { AccessibilityReportStatus } from './tables';

export const STATUS_LABELS: Record<AccessibilityReportStatus, string> = { open: 'Offen', answered: 'Beantwortet', closed: 'Abgeschlossen' };
export const STATUS_KINDS: Record<AccessibilityReportStatus, TagKind> = { open: 'warning', answered: 'info', closed: 'success' };
export const STATUS_HINTS: Record<AccessibilityReportStatus, string> = {
  open: 'Die Meldung ist noch nicht beantwortet.',
  answered: 'Die Person hat eine Antwort oder eine Zwischennachricht erhalten.',
  closed: 'Die Barriere ist behoben oder die Meldung ist erledigt.',
};

const yearFormat = new Intl.DateTimeFormat('de-DE', { year: 'numeric', timeZone: 'Europe/Berlin' });

/** ISN-BF-2026-000042: the municipality's prefix, "BF" for Barrierefreiheit, year and number. */
export function reportReference(prefix: string, report: Pick<AccessibilityReport, 'number' | 'createdAt'>): string {
  return `${prefix}-BF-${yearFormat.format(report.createdAt)}-${String(report.number).padStart(6, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z]{2,5}-BF-\d{4}-\d{6,}$/;

/** Paragraphs of a free text as typed (blank lines separate them); Preact escapes each. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** "spätestens innerhalb von sechs Wochen" where the state sets a period, otherwise a plain promise. */
export function answerPromise(law: StateLaw): string {
  return law.accessibility.answerPeriod ? `so bald wie möglich, spätestens innerhalb von ${law.accessibility.answerPeriod}` : 'so bald wie möglich';
}
