/** `multipart/form-data` bodies as a browser sends a form with file inputs, for `app.inject()` and plain HTTP. */
import { randomBytes } from 'node:crypto';

export interface TestUpload {
  field: string;
  filename: string;
  bytes: Buffer;
  /** What the browser claims; the portal ignores it and looks at the bytes. */
  contentType?: string;
}

export function multipartBody(fields: Record<string, string | string[]>, files: TestUpload[] = []): { payload: Buffer; headers: { 'content-type': string } } {
  const boundary = `----stadtportal${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${item}\r\n`));
    }
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\ncontent-type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
