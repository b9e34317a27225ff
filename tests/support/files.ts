/** Files for upload tests: small samples the portal recognises by their bytes, and reading back what it stored. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileStore } from '../../src/kernel/files';

export const SAMPLE_FILES = {
  /** A tiny but real PDF (magic number, page tree and trailer). */
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  /** A 1×1 PNG. */
  png: Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
    'hex',
  ),
  /** A Windows program ("MZ" header) — refused whatever its name says. */
  exe: Buffer.concat([
    Buffer.from(
      '4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000000000000000000000000000000000000000000000000000800000000e1fba0e00b409cd21b8014ccd21546869732070726f6772616d2063616e6e6f742062652072756e20696e20444f53206d6f64652e0d0d0a2400000000000000504500004c010300',
      'hex',
    ),
    Buffer.alloc(256),
  ]),
  html: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
} as const;

/** A stored file's bytes for assertions (tests only: the portal itself streams), null when missing. */
export async function storedBytes(store: FileStore, key: string): Promise<Buffer | null> {
  const body = await store.get(key);
  if (!body) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every file below a directory, recursively (temporary files included); none when it does not exist. */
export function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
