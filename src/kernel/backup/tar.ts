import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * A gzip-compressed POSIX tar (ustar, with pax headers for long names), written and read as
 * streams: `tar -tzf backup.tar.gz` lists it and `tar -xzf` unpacks it, so an operator can look
 * inside without the portal. Only regular files; no links, owners or modes.
 */

const BLOCK = 512;

export interface TarEntry {
  name: string;
  size: number;
  /** The bytes; consume them fully (or let `readTar` skip what is left) before asking for the next entry. */
  body: AsyncIterable<Buffer>;
}

export interface TarSource {
  name: string;
  size: number;
  body: () => Promise<AsyncIterable<Buffer | Uint8Array | string>> | AsyncIterable<Buffer | Uint8Array | string>;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o600, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136, 'ascii');
  block.write('        ', 148, 'ascii'); // the checksum counts its own field as spaces
  block.write(type, 156, 'ascii');
  block.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

/** A pax record `"<length> path=<name>\n"`, whose length counts its own digits. */
function paxPath(name: string): Buffer {
  const body = ` path=${name}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return Buffer.from(`${length}${body}`, 'utf8');
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

async function* tarStream(entries: AsyncIterable<TarSource> | Iterable<TarSource>): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    if (Buffer.byteLength(entry.name) > 100) {
      const pax = paxPath(entry.name);
      yield header('PaxHeader', pax.length, 'x');
      yield Buffer.concat([pax, padding(pax.length)]);
    }
    yield header(entry.name.slice(0, 100), entry.size, '0');
    let written = 0;
    for await (const chunk of await entry.body()) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      written += bytes.length;
      if (written > entry.size) throw new Error(`${entry.name} grew while it was written (more than ${entry.size} bytes)`);
      yield bytes;
    }
    if (written !== entry.size) throw new Error(`${entry.name} has ${written} bytes, ${entry.size} were announced`);
    yield padding(entry.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Writes the entries, in their order, to a new gzip-compressed tar file (mode 0600: it may hold secrets). */
export async function writeTar(file: string, entries: AsyncIterable<TarSource> | Iterable<TarSource>): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), createGzip({ level: 6 }), createWriteStream(file, { mode: 0o600, flags: 'wx' }));
}

/** An entry read from a file on disk. */
export function fileSource(name: string, path: string, size: number): TarSource {
  return { name, size, body: () => createReadStream(path) as AsyncIterable<Buffer> };
}

export function bufferSource(name: string, bytes: Buffer): TarSource {
  return { name, size: bytes.length, body: () => [bytes] as unknown as AsyncIterable<Buffer> };
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
