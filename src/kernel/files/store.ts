import type { Config } from '../config';
import { createDiskStore } from './disk-store';
import { createS3Store } from './s3-store';
import type { FileStore } from './types';

/** The configured file store: S3 when `S3_BUCKET` is set, otherwise a directory below DATA_DIR. */
export function createFileStore(config: Pick<Config, 'files'>): FileStore {
  return config.files.kind === 's3' ? createS3Store(config.files) : createDiskStore(config.files.dir);
}
