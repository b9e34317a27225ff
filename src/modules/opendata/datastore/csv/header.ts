/** PostgreSQL cuts identifiers after 63 bytes; a longer column name would silently collide. */
const MAX_ID_BYTES = 63;

function cutToBytes(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (Buffer.byteLength(out + char) > max) break;
    out += char;
  }
  return out;
}

/**
 * Field ids from a CSV header, safe as CKAN field ids and as quoted PostgreSQL identifiers: trimmed,
 * without double quotes, never starting with `_` (CKAN reserves those: `_id`, `_full_text`), never
 * empty ("Spalte 3"), at most 63 bytes, unique ("Betrag", "Betrag 2"). The header as written stays the label.
 */
export function fieldIdsFromHeader(header: readonly string[]): Array<{ id: string; label: string }> {
  const taken = new Set<string>();
  return header.map((raw, index) => {
    const label = raw.trim();
    let base = cutToBytes(label.replaceAll('"', '').replace(/^_+/, '').replace(/\s+/g, ' ').trim(), MAX_ID_BYTES - 4);
    if (base === '') base = `Spalte ${index + 1}`;
    let id = base;
    for (let n = 2; taken.has(id.toLowerCase()); n += 1) id = `${base} ${n}`;
    taken.add(id.toLowerCase());
    return { id, label };
  });
}
