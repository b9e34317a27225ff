/** EU frequency codes (`dct:accrualPeriodicity`, the EU Publications Office table DCAT-AP.de prescribes), with German labels. */
const EU_FREQUENCY_BASE = 'http://publications.europa.eu/resource/authority/frequency/';

const LABELS = {
  CONT: 'laufend',
  UPDATE_CONT: 'ständig aktualisiert',
  DAILY: 'täglich',
  WEEKLY: 'wöchentlich',
  BIWEEKLY: 'alle zwei Wochen',
  MONTHLY: 'monatlich',
  BIMONTHLY: 'alle zwei Monate',
  QUARTERLY: 'vierteljährlich',
  ANNUAL_2: 'halbjährlich',
  ANNUAL: 'jährlich',
  BIENNIAL: 'alle zwei Jahre',
  IRREG: 'unregelmäßig',
  NEVER: 'keine Aktualisierung',
  UNKNOWN: 'unbekannt',
} as const;

export type FrequencyCode = keyof typeof LABELS;

export interface Frequency {
  code: FrequencyCode;
  label: string;
  uri: string;
}

export const FREQUENCIES: readonly Frequency[] = (Object.keys(LABELS) as FrequencyCode[]).map((code) => ({
  code,
  label: LABELS[code],
  uri: EU_FREQUENCY_BASE + code,
}));

export function isFrequencyCode(value: string): value is FrequencyCode {
  return Object.hasOwn(LABELS, value);
}

export function frequencyUri(code: FrequencyCode): string {
  return EU_FREQUENCY_BASE + code;
}
