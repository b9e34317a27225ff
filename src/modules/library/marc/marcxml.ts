import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { composed, isControlTag, type MarcField, type ReadResult } from './record';

/** An element's name without its namespace prefix (`marc:record` and `record` alike). */
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** A record being read: its fields so far, and what went wrong in it (reported when it closes). */
interface OpenRecord {
  leader: string;
  fields: MarcField[];
  problem?: string;
}

/**
 * Reads MARCXML (`<collection>` of `<record>`s, any namespace prefix) from a byte stream with a
 * streaming parser: records are yielded as each one closes, so the file is never held whole. A record
 * without leader, with a field without tag or with bad content is reported and skipped; XML that is
 * not well-formed stops the reading there (nothing after it can be trusted) with the record's number.
 */
export async function* readMarcXml(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ReadResult> {
  const parser = new SaxesParser();
  const ready: ReadResult[] = [];
  let number = 0;
  let current: OpenRecord | undefined;
  let field: MarcField | undefined;
  let subfieldCode: string | undefined;
  let text = '';
  let failure: string | undefined;

  parser.on('error', (error) => {
    failure ??= error.message;
  });
  // After an error saxes reads on; nothing it reports then is trusted.
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    const name = local(tag.name);
    text = '';
    if (name === 'record') {
      number++;
      current = { leader: '', fields: [] };
      return;
    }
    if (!current) return;
    const attributes = tag.attributes as Record<string, string>;
    if (name === 'controlfield' || name === 'datafield') {
      const fieldTag = attributes.tag ?? '';
      if (!/^[0-9A-Za-z]{3}$/.test(fieldTag)) current.problem ??= `Ein Feld hat kein gültiges Kennzeichen („${fieldTag}“).`;
      field =
        name === 'controlfield'
          ? { tag: fieldTag, value: '' }
          : { tag: fieldTag, ind1: attributes.ind1?.[0] ?? ' ', ind2: attributes.ind2?.[0] ?? ' ', subfields: [] };
      if (name === 'controlfield' && !isControlTag(fieldTag)) current.problem ??= `Feld ${fieldTag} ist als Kontrollfeld angegeben.`;
    } else if (name === 'subfield') {
      subfieldCode = attributes.code?.[0] ?? '';
    }
  });
  parser.on('text', (value) => {
    text += value;
  });
  parser.on('cdata', (value) => {
    text += value;
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (!current || failure) return;
    if (name === 'leader') current.leader = text;
    else if (name === 'subfield' && field && 'subfields' in field && subfieldCode !== undefined) field.subfields.push([subfieldCode, composed(text)]);
    else if (name === 'controlfield' && field && 'value' in field) field.value = composed(text);
    if (name === 'controlfield' || name === 'datafield') {
      if (field) current.fields.push(field);
      field = undefined;
    } else if (name === 'record') {
      ready.push(finish(current, number));
      current = undefined;
    }
    text = '';
  });

  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* ready.splice(0);
    if (failure) break;
  }
  if (!failure) {
    parser.write(decoder.decode());
    parser.close();
    yield* ready.splice(0);
  }
  if (failure) {
    yield {
      ok: false,
      number: Math.max(number, 1),
      message: `Das XML ist ab Zeile ${parser.line} nicht wohlgeformt; der Rest der Datei wird nicht gelesen. (${failure})`,
    };
  } else if (current) {
    yield { ok: false, number, message: 'Die Datei endet mitten im Satz: sie ist abgeschnitten.' };
  }
}

function finish(record: OpenRecord, number: number): ReadResult {
  if (record.problem) return { ok: false, number, message: record.problem };
  if (record.leader.length !== 24) return { ok: false, number, message: `Der Leader hat ${record.leader.length} statt 24 Zeichen.` };
  return { ok: true, number, record: { leader: record.leader, fields: record.fields } };
}
