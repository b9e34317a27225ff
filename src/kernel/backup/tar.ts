import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * A gzip-compressed POSIX tar (ustar, with pax headers for long names), written here and read by tar-read.ts as
 * streams: `tar -tzf backup.tar.gz` lists it and `tar -xzf` unpacks it, so an operator can look
 * inside without the portal. Only regular files; no links, owners or modes.
 */

export const BLOCK = 512;

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

/** Zero bytes that fill an entry up to the next block. */
export function padding(size: number): Buffer {
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
