import type { FormDefinitionInput } from '../../src/modules/forms';

/**
 * The form the submission benchmark fills: three pages, the last one with a required attachment
 * (a 200 KB file in the benchmark). Published as a new version of the Mängelmeldung in the
 * benchmark's own database only.
 */
export const BENCH_FORM_KEY = 'maengelmeldung';

export const benchForm: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Mängelmeldung (Benchmark)',
  declaration: 'Ich versichere, dass meine Angaben richtig sind.',
  pages: [
    {
      id: 'kontakt',
      title: 'Ihre Kontaktdaten',
      items: [
        { kind: 'field', id: 'name', type: 'text', label: 'Ihr Name', required: true, maxLength: 200 },
        { kind: 'field', id: 'telefon', type: 'phone', label: 'Telefonnummer', required: false },
      ],
    },
    {
      id: 'mangel',
      title: 'Der Mangel',
      items: [
        { kind: 'field', id: 'ort', type: 'text', label: 'Wo ist der Mangel?', required: true, maxLength: 300 },
        { kind: 'field', id: 'beschreibung', type: 'textarea', label: 'Beschreibung', required: true, maxLength: 3000 },
      ],
    },
    {
      id: 'foto',
      title: 'Foto des Mangels',
      items: [{ kind: 'field', id: 'foto', type: 'file', label: 'Foto', required: true, accept: ['image/png', 'image/jpeg', 'application/pdf'] }],
    },
  ],
};

export const BENCH_ANSWERS = {
  kontakt: { name: 'Erika Mustermann', telefon: '02371 12345' },
  mangel: { ort: 'Schillerplatz 7, vor dem Rathaus', beschreibung: 'Ein Schlagloch von etwa 30 cm Durchmesser auf dem Radweg.' },
};

/** A valid PNG of about 200 KB: signature, IHDR and one big ancillary chunk of noise. */
export function attachmentOf(bytes = 200 * 1024): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex');
  const size = bytes - signature.length - ihdr.length - 12 - 12;
  const chunk = Buffer.alloc(12 + size);
  chunk.writeUInt32BE(size, 0);
  chunk.write('tEXt', 4, 'latin1');
  for (let i = 8; i < 8 + size; i += 1) chunk[i] = 0x61 + (i % 26);
  const iend = Buffer.from('0000000049454e44ae426082', 'hex');
  return Buffer.concat([signature, ihdr, chunk, iend]);
}
