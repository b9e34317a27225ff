import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { BLOCK, padding } from './tar';

/** Reading the archives tar.ts writes (and any ustar/pax tar of regular files), as they stream from the file. */

export interface TarEntry {
  name: string;
  size: number;
  /** The bytes; consume them fully (or let `readTar` skip what is left) before asking for the next entry. */
  body: AsyncIterable<Buffer>;
}

/** Pulls exact byte counts out of a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(wanted: number): Promise<void> {
    while (this.length < wanted && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        this.buffered.push(next.value);
        this.length += next.value.length;
      }
    }
  }

  /** Up to `count` bytes (fewer only at the end of the stream). */
  async read(count: number): Promise<Buffer> {
    await this.fill(count);
    const all = Buffer.concat(this.buffered, this.length);
    const taken = all.subarray(0, count);
    const rest = all.subarray(taken.length);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  /** Exactly `count` bytes, or the archive is cut off. */
  async exactly(count: number): Promise<Buffer> {
    const bytes = await this.read(count);
    if (bytes.length < count) throw new NotATarError('the archive ends in the middle of a file');
    return bytes;
  }
}

/** The file is not a gzip-compressed tar, or it is cut off. */
export class NotATarError extends Error {
  override name = 'NotATarError';
}

const CHUNK = 1024 * 1024;

async function skip(reader: ByteReader, count: number): Promise<void> {
  for (let left = count; left > 0; left -= CHUNK) await reader.exactly(Math.min(left, CHUNK));
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
}

function parseHeader(block: Buffer): { name: string; size: number; type: string } {
  let sum = 0;
  for (let index = 0; index < BLOCK; index++) sum += index >= 148 && index < 156 ? 32 : (block[index] ?? 0);
  const recorded = Number.parseInt(field(block, 148, 8).trim(), 8);
  if (!field(block, 257, 6).startsWith('ustar') || recorded !== sum) throw new NotATarError('a tar header is damaged');
  const prefix = field(block, 345, 155);
  const name = field(block, 0, 100);
  return { name: prefix ? `${prefix}/${name}` : name, size: Number.parseInt(field(block, 124, 12).trim() || '0', 8), type: field(block, 156, 1) || '0' };
}

function paxName(records: Buffer): string | undefined {
  for (const line of records.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(line);
    if (match) return match[1];
  }
  return undefined;
}

/** The regular files of a gzip-compressed tar, in order, as they stream from the file. */
export async function* readTar(file: string): AsyncGenerator<TarEntry> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const iterator = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const reader = new ByteReader({ next: () => iterator.next().catch((error: Error) => Promise.reject(new NotATarError(error.message))) });
  let longName: string | undefined;
  try {
    for (;;) {
      const block = await reader.read(BLOCK);
      if (block.length < BLOCK) throw new NotATarError('the archive ends without its end marker');
      if (block.every((byte) => byte === 0)) return;
      const entry = parseHeader(block);
      const pad = padding(entry.size).length;
      if (entry.type === 'x') {
        longName = paxName(await reader.exactly(entry.size));
        await reader.exactly(pad);
        continue;
      }
      const name = longName ?? entry.name;
      longName = undefined;
      if (entry.type !== '0') {
        await skip(reader, entry.size + pad); // directories, links: not ours
        continue;
      }
      let consumed = 0;
      async function* body(): AsyncGenerator<Buffer> {
        while (consumed < entry.size) {
          const chunk = await reader.exactly(Math.min(entry.size - consumed, CHUNK));
          consumed += chunk.length;
          yield chunk;
        }
      }
      yield { name, size: entry.size, body: body() };
      await skip(reader, entry.size - consumed + pad); // what the consumer left unread
    }
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
