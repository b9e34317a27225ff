const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const moneyFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** 27.03.2026 */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** 27.03.2026, 14:30 Uhr */
export function formatDateTime(date: Date): string {
  return `${dateFormat.format(date)}, ${timeFormat.format(date)} Uhr`;
}

/** 1.234,56 € from cents. */
export function formatMoney(cents: number): string {
  return moneyFormat.format(cents / 100);
}
