/** Where uploaded and generated files live: a directory below DATA_DIR, or an S3-compatible bucket. */
export interface FileStore {
  readonly kind: 'disk' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** A file received in a multipart form, fully read, with the type detected from its bytes. */
export interface UploadedFile {
  fieldName: string;
  filename: string;
  bytes: Buffer;
  size: number;
  sha256: string;
  /** Detected from the content (magic numbers), never from the name or the browser's claim; null if unknown. */
  detectedType: string | null;
}

export interface MultipartLimits {
  /** Per file; larger files are rejected (not read further). */
  maxFileBytes: number;
  /** Per request; further files are rejected. */
  maxFiles: number;
}

/** A file that was chosen but not accepted; the page shows `rejectionMessage()` at the field. */
export interface RejectedFile {
  fieldName: string;
  filename: string;
  reason: 'too_large' | 'too_many' | 'empty';
}

export interface MultipartForm {
  /** Text fields; a name sent more than once (checkboxes) becomes an array. */
  fields: Record<string, string | string[]>;
  files: UploadedFile[];
  rejected: RejectedFile[];
}
