/**
 * Bank data (SEPA direct debit: IBAN, BIC, mandate, account holder) stays in the VHS's
 * administration system: the portal never stores it. A file that carries such fields or columns is
 * still imported, without them, and the report says they were left out.
 */
const SEPA_NAME =
  /^(iban|bic|swift|sepa.*|mandat.*|mandate.*|kontoinhaber.*|account_?holder|accountholder|bankverbindung|glaeubiger.*|gläubiger.*|creditor.*)$/i;

export function isSepaName(name: string): boolean {
  return SEPA_NAME.test(name.replace(/[\s-]/g, '').trim());
}

/** A copy of parsed JSON without any key that names bank data, and the keys it dropped. */
export function withoutSepaKeys(value: unknown, dropped: Set<string> = new Set()): { value: unknown; dropped: Set<string> } {
  if (Array.isArray(value)) return { value: value.map((item) => withoutSepaKeys(item, dropped).value), dropped };
  if (value === null || typeof value !== 'object') return { value, dropped };
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isSepaName(key)) dropped.add(key);
    else kept[key] = withoutSepaKeys(item, dropped).value;
  }
  return { value: kept, dropped };
}
