import type { Readable } from 'node:stream';
import type { Config } from '../config';
import { assertSafeKey } from './keys';
import { counter, toReadable } from './meter';
import type { FileStore } from './types';

type S3Settings = Extract<Config['files'], { kind: 's3' }>;

/**
 * Bytes held per upload: a body up to this size goes up in one PutObject, a larger one as a
 * multipart upload of parts this large (S3 wants at least 5 MiB for every part but the last).
 */
export const S3_PART_BYTES = 8 * 1024 * 1024;

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph, the city's object storage). The SDK is loaded
 * only here: it costs about 25 MB of memory, which installations keeping files on disk never need.
 */
export function createS3Store(settings: S3Settings): FileStore {
  const sdk = import('@aws-sdk/client-s3').then((loaded) => ({
    ...loaded,
    client: new loaded.S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    }),
  }));
  const Bucket = settings.bucket;

  return {
    kind: 's3',
    async put(key, body, { contentType, maxBytes }) {
      const source = toReadable(body);
      const count = counter(maxBytes);
      let uploadId: string | undefined;
      try {
        assertSafeKey(key);
        const { client, PutObjectCommand, CreateMultipartUploadCommand, UploadPartCommand, CompleteMultipartUploadCommand } = await sdk;
        const parts: { ETag: string | undefined; PartNumber: number }[] = [];
        let pending: Buffer[] = [];
        let pendingBytes = 0;
        const sendPart = async () => {
          const part = Buffer.concat(pending, pendingBytes);
          pending = [];
          pendingBytes = 0;
          uploadId ??= (await client.send(new CreateMultipartUploadCommand({ Bucket, Key: key, ContentType: contentType }))).UploadId;
          const PartNumber = parts.length + 1;
          const { ETag } = await client.send(
            new UploadPartCommand({ Bucket, Key: key, UploadId: uploadId, PartNumber, Body: part, ContentLength: part.length }),
          );
          parts.push({ ETag, PartNumber });
        };
        for await (const chunk of source) {
          const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
          count.add(bytes);
          pending.push(bytes);
          pendingBytes += bytes.length;
          if (pendingBytes >= S3_PART_BYTES) await sendPart();
        }
        if (uploadId === undefined) {
          // S3 writes are atomic: the object is visible only once fully uploaded.
          const whole = Buffer.concat(pending, pendingBytes);
          await client.send(new PutObjectCommand({ Bucket, Key: key, Body: whole, ContentType: contentType, ContentLength: whole.length }));
        } else {
          if (pendingBytes > 0) await sendPart();
          await client.send(new CompleteMultipartUploadCommand({ Bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
        }
        return count.result();
      } catch (error) {
        source.destroy();
        if (uploadId !== undefined) await abortUpload(key, uploadId);
        throw error;
      }
    },
    async get(key) {
      assertSafeKey(key);
      const { client, GetObjectCommand, NoSuchKey } = await sdk;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        // In Node the SDK's body is the HTTP response itself: a Readable.
        return (object.Body as Readable | undefined) ?? toReadable(Buffer.alloc(0));
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    },
    async delete(key) {
      assertSafeKey(key);
      const { client, DeleteObjectCommand } = await sdk;
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };

  /**
   * Frees the parts of a failed upload. Its own failure is not reported over the original error:
   * the parts are invisible, and a bucket lifecycle rule for incomplete multipart uploads removes them.
   */
  async function abortUpload(key: string, UploadId: string): Promise<void> {
    const { client, AbortMultipartUploadCommand } = await sdk;
    await client.send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId })).catch(() => undefined);
  }
}
