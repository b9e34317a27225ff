import type { Readable } from 'node:stream';

export interface PutOptions {
  contentType: string;
  /** Refuse (FileTooLargeError) and keep nothing once the body passes this many bytes. */
  maxBytes?: number;
}

/** What the store counted and hashed while the bytes went through. */
export interface PutResult {
  size: number;
  sha256: string;
}

/**
 * Where uploaded and generated files live: a directory below DATA_DIR, or an S3-compatible bucket.
 * Bytes travel as streams both ways, so no upload or download is ever held whole in memory.
 */
export interface FileStore {
  readonly kind: 'disk' | 's3';
  /**
   * Writes the body under the key; visible only once complete (disk: temporary file renamed; S3:
   * an upload completed). On any error — the body failing, the limit passed, the disk full — nothing
   * is left behind and the promise rejects.
   */
  put(key: string, body: Readable | Buffer, options: PutOptions): Promise<PutResult>;
  /** The bytes as a stream, null when there is no such file. The caller consumes or destroys it. */
  get(key: string): Promise<Readable | null>;
  /** Deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/**
 * A file received in a multipart form: already written to the file store under `storageKey`
 * (derived from `id`), with size, SHA-256 and the type detected from its first bytes. A file the
 * request's handler does not keep (`keepUpload`) is deleted when the response is sent.
 */
export interface UploadedFile {
  fieldName: string;
  filename: string;
  /** Use it as the id of the row that keeps the file: the storage key is derived from it. */
  id: string;
  storageKey: string;
  size: number;
  sha256: string;
  /** Detected from the content (magic numbers), never from the name or the browser's claim; null if unknown. */
  detectedType: string | null;
}

export interface MultipartLimits {
  /** Per file; a larger file is cut off while it streams and rejected, nothing of it is kept. */
  maxFileBytes: number;
  /** Per request; further files are rejected. */
  maxFiles: number;
}

/** A file that was chosen but not accepted; the page shows `rejectionMessage()` at the field. */
export interface RejectedFile {
  fieldName: string;
  filename: string;
  reason: 'too_large' | 'too_many' | 'empty';
  /** The limits that refused it (the route's), so the message names the right size. */
  limits: MultipartLimits;
}

export interface MultipartForm {
  /** Text fields; a name sent more than once (checkboxes) becomes an array. */
  fields: Record<string, string | string[]>;
  files: UploadedFile[];
  rejected: RejectedFile[];
}
