import { createHash } from 'node:crypto';
import { safeEqual } from '../../../../kernel/auth';

/** The digests BigBlueButton accepts (bbb-web `supportedChecksumAlgorithms`); SHA-256 unless configured. */
export const CHECKSUM_ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

/** bbb-web tells the algorithm of a received checksum by its length in hex digits. */
const ALGORITHM_BY_HEX_LENGTH: Readonly<Record<number, ChecksumAlgorithm>> = { 40: 'sha1', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

/**
 * Percent-encodes a parameter as RFC 3986 says: a space is `%20` (never `+`), UTF-8 bytes for
 * umlauts, and also `!'()*`, which encodeURIComponent leaves alone and some proxies re-encode. Any
 * re-encoding on the way changes the string bbb-web hashes, and it answers checksumError.
 */
export function encodeParam(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The query string in the given order; this exact string is both signed and sent. */
export function encodeQuery(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([name, value]) => `${encodeParam(name)}=${encodeParam(value)}`).join('&');
}

/** The API checksum: hex digest of callName + query string (without `checksum`) + shared secret, concatenated. */
export function bbbChecksum(callName: string, query: string, secret: string, algorithm: ChecksumAlgorithm = 'sha256'): string {
  return createHash(algorithm)
    .update(callName + query + secret, 'utf8')
    .digest('hex');
}

/** `query&checksum=…`: the part after `?` of a signed API URL. */
export function signQuery(callName: string, query: string, secret: string, algorithm: ChecksumAlgorithm): string {
  const checksum = bbbChecksum(callName, query, secret, algorithm);
  return query === '' ? `checksum=${checksum}` : `${query}&checksum=${checksum}`;
}

/**
 * Checks a received query string as bbb-web does: cut out the `checksum` parameter, hash the rest as
 * received (not decoded and re-encoded) with the algorithm its length names, compare in constant time.
 */
export function verifySignedQuery(callName: string, rawQuery: string, secret: string): boolean {
  const parts = rawQuery.split('&');
  const checksumParts = parts.filter((part) => part.startsWith('checksum='));
  if (checksumParts.length !== 1) return false;
  const received = checksumParts[0]!.slice('checksum='.length).toLowerCase();
  const algorithm = ALGORITHM_BY_HEX_LENGTH[received.length];
  if (!algorithm || !/^[0-9a-f]+$/.test(received)) return false;
  const query = parts.filter((part) => !part.startsWith('checksum=')).join('&');
  return safeEqual(bbbChecksum(callName, query, secret, algorithm), received);
}
