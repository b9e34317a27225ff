import { isControlField, type MarcRecord } from './record';

const FIELD_END = '\x1e';
const SUBFIELD = '\x1f';
const RECORD_END = 0x1d;

/**
 * One record as ISO 2709 in UTF-8 (leader/09 "a"): the record length, the base address and the
 * directory are computed; the rest of the leader is kept. The demo catalogue is written with it and
 * read back through the same reader as an imported file.
 */
export function writeIso2709(record: MarcRecord): Buffer {
  const bodies = record.fields.map((field) =>
    Buffer.from(
      isControlField(field)
        ? field.value + FIELD_END
        : field.ind1 + field.ind2 + field.subfields.map(([code, value]) => SUBFIELD + code + value).join('') + FIELD_END,
      'utf8',
    ),
  );
  let offset = 0;
  const directory = record.fields.map((field, index) => {
    const entry = field.tag + pad(bodies[index]!.length, 4) + pad(offset, 5);
    offset += bodies[index]!.length;
    return entry;
  });
  const base = 24 + directory.length * 12 + 1;
  const length = base + offset + 1;
  const leader = pad(length, 5) + record.leader.slice(5, 9) + 'a' + record.leader.slice(10, 12) + pad(base, 5) + record.leader.slice(17, 24);
  return Buffer.concat([Buffer.from(leader + directory.join('') + FIELD_END, 'latin1'), ...bodies, Buffer.from([RECORD_END])]);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
