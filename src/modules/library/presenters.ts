/* Lending's words and numbers as people read them. */

/** `2026-12-24` → `24.12.2026`; calendar dates need no time zone. */
export function germanDay(day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-');
  return `${date}.${month}.${year}`;
}

/** "12.50 EUR" (PAIA) → "12,50 €". */
export function euroOfPaia(amount: string): string {
  const value = Number.parseFloat(amount);
  return new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(Number.isFinite(value) ? value : 0);
}

export const FEE_REASON_LABELS = {
  overdue: 'Versäumnisgebühr',
  lost: 'Ersatz für verlorenes Medium',
  damaged: 'Beschädigung',
  card: 'Ausweisgebühr',
  other: 'Sonstige Gebühr',
} as const;
