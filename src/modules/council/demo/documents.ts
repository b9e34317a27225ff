import type { PdfBlock } from '../../../kernel/pdf';
import { storageKeyFor } from '../../../kernel/files';
import type { DemoContext } from './rows';

/** The text a PDF's text layer carries, block by block: the file row's `text` (what the search reads). */
export function documentText(blocks: readonly PdfBlock[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === 'fields') return block.rows.map((row) => `${row.label}: ${row.value}`);
      if (block.type === 'list') return block.items;
      if (block.type === 'table') return [block.columns, ...block.rows].map((cells) => cells.join(' '));
      return [block.text];
    })
    .join('\n');
}

/**
 * The document's key facts (date, place, department) as lines of one paragraph: the kernel's
 * `fields` table would say the same but doubles the rendering time of a demo document.
 */
export function facts(rows: readonly (readonly [string, string])[]): PdfBlock {
  return { type: 'paragraph', text: rows.map(([label, value]) => `${label}: ${value}`).join('\n') };
}

/** German date as council documents print it: 07.12.2026. */
export function germanDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}.${month}.${year}`;
}

/**
 * A file row for a PDF the seed renders (size and checksum are filled in then). Non-public files
 * belong to non-public papers; their bytes are served only to those who may see the paper.
 */
export function addDocument(
  context: DemoContext,
  file: { name: string; fileName: string; day: string; isPublic: boolean; title: string; blocks: PdfBlock[] },
): string {
  const id = context.random.uuid();
  const created = new Date(Math.min(context.now.getTime(), Date.parse(`${file.day}T10:00:00Z`)));
  context.rows.files.push({
    id,
    bodyId: context.bodyId,
    name: file.name,
    fileName: file.fileName,
    mimeType: 'application/pdf',
    date: file.day,
    text: documentText(file.blocks),
    storageKey: storageKeyFor(id),
    public: file.isPublic,
    created,
    modified: created,
  });
  context.documents.push({ fileId: id, title: file.title, blocks: file.blocks });
  return id;
}
