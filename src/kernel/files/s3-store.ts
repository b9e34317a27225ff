import type { Config } from '../config';
import { assertSafeKey } from './keys';
import type { FileStore } from './types';

type S3Settings = Extract<Config['files'], { kind: 's3' }>;

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
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    }),
  }));
  const Bucket = settings.bucket;

  return {
    kind: 's3',
    async put(key, bytes, contentType) {
      assertSafeKey(key);
      const { client, PutObjectCommand } = await sdk;
      // S3 writes are atomic: an object is visible only once fully uploaded.
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
    },
    async get(key) {
      assertSafeKey(key);
      const { client, GetObjectCommand, NoSuchKey } = await sdk;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
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
}
