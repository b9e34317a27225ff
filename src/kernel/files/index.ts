export type { FileStore, UploadedFile, MultipartLimits, MultipartForm, RejectedFile } from './types';
export { createFileStore } from './store';
export { createDiskStore } from './disk-store';
export { storageKeyFor } from './keys';
export { cleanFilename } from './filename';
export { detectContentType, formatFileSize } from './content-type';
export { readMultipartForm, rejectionMessage, type ReadOptions } from './multipart';
