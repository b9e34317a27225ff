import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FileStore } from './types';

/** The hash of a stored file, computed while it streams from the store; null when it is missing. */
export async function hashStoredFile(store: FileStore, key: string, algorithm: 'sha256' | 'sha512'): Promise<string | null> {
  const body = await store.get(key);
  if (!body) return null;
  const hash = createHash(algorithm);
  await pipeline(body, hash);
  return hash.digest('hex');
}
