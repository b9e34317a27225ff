import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import type { PutResult } from './types';

/** The body passed `maxBytes`: the write was stopped and nothing of it was kept. */
export class FileTooLargeError extends Error {
  readonly code = 'file_too_large';
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
  }
}

export interface Counter {
  /** Counts and hashes the chunk; throws FileTooLargeError the moment the total passes the limit. */
  add(chunk: Buffer): void;
  /** Size and SHA-256 of everything added; call once, after the last chunk. */
  result(): PutResult;
}

export function counter(maxBytes = Number.POSITIVE_INFINITY): Counter {
  const hash = createHash('sha256');
  let size = 0;
  return {
    add(chunk) {
      size += chunk.length;
      if (size > maxBytes) throw new FileTooLargeError(maxBytes);
      hash.update(chunk);
    },
    result: () => ({ size, sha256: hash.digest('hex') }),
  };
}

export interface Meter extends Transform {
  result(): PutResult;
}

/** The counter as a pipeline step: the chunk that crosses the limit fails the pipeline before it is written. */
export function meter(maxBytes?: number): Meter {
  const count = counter(maxBytes);
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      try {
        count.add(chunk);
      } catch (error) {
        return callback(error as Error);
      }
      callback(null, chunk);
    },
  }) as Meter;
  stream.result = () => count.result();
  return stream;
}

export function toReadable(body: Readable | Buffer): Readable {
  return Buffer.isBuffer(body) ? Readable.from([body]) : body;
}
