// PLACEHOLDER contract — replaced by the helper who builds kernel/files (disk/S3 store, content sniffing, multipart).
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';

/** Where uploaded and generated files live: a directory below DATA_DIR, or an S3-compatible bucket. */
export interface FileStore {
  readonly kind: 'disk' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
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
  maxFileBytes: number;
  maxFiles: number;
}

export declare function createFileStore(config: Config): FileStore;
export declare function detectContentType(bytes: Buffer): Promise<string | null>;
export declare function readMultipartForm(request: FastifyRequest, limits: MultipartLimits): Promise<{ fields: Record<string, string | string[]>; files: UploadedFile[] }>;
