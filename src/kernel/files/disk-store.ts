import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey } from './keys';
import { meter, toReadable } from './meter';
import type { FileStore } from './types';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Files below one directory. A write streams into a temporary file beside the target, is flushed
 * and then renamed: a crash leaves either the whole file or none, never half of one, and a failed
 * or refused write removes its temporary file.
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
    async put(key, body, { maxBytes }) {
      const path = pathOf(key);
      const source = toReadable(body);
      try {
        await mkdir(dirname(path), { recursive: true });
      } catch (error) {
        source.destroy();
        throw error;
      }
      const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      const counted = meter(maxBytes);
      // `flush`: the bytes are on the disk before the rename makes the file visible.
      const sink = createWriteStream(temporary, { flags: 'wx', mode: 0o600, flush: true });
      try {
        await pipeline(source, counted, sink);
        await rename(temporary, path);
      } catch (error) {
        source.destroy();
        // A body refused before the file was open still has it created afterwards: remove it once closed.
        await new Promise<void>((closed) => (sink.closed ? closed() : sink.once('close', () => closed())));
        await rm(temporary, { force: true });
        throw error;
      }
      return counted.result();
    },
    async get(key) {
      try {
        const handle = await open(pathOf(key), 'r');
        return handle.createReadStream();
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
