import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertSafeKey } from './keys';
import type { FileStore } from './types';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Files below one directory. A write goes to a temporary file in the target directory, is
 * flushed and then renamed: a crash leaves either the whole file or none, never half of one.
 */
export function createDiskStore(dir: string): FileStore {
  const root = resolve(dir);
  const pathOf = (key: string): string => {
    assertSafeKey(key);
    const path = resolve(join(root, key));
    // Belt and braces: the key pattern already excludes `..`; the resolved path must stay inside.
    if (!path.startsWith(root + sep)) throw new Error(`file key escapes the store: ${key}`);
    return path;
  };

  return {
    kind: 'disk',
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      try {
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
