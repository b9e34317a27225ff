import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bufferSource, writeTar } from './tar';
import { NotATarError, readTar } from './tar-read';
import { tempDir } from './test-support';

const dir = tempDir('tar');

const LONG_NAME = `files/${'a'.repeat(60)}/${'b'.repeat(60)}/long-key.bin`;

async function entriesOf(file: string): Promise<[string, string][]> {
  const read: [string, string][] = [];
  for await (const entry of readTar(file)) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    read.push([entry.name, Buffer.concat(chunks).toString('latin1')]);
  }
  return read;
}

describe('the archive format (gzip-compressed POSIX tar)', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('keeps names longer than 100 bytes, empty files and binary bytes; the system tar reads it too', async () => {
    const file = join(dir, 'sample.tar.gz');
    const binary = Buffer.from(Array.from({ length: 1300 }, (_, index) => index % 256));
    await writeTar(file, [bufferSource('manifest.json', Buffer.from('{}')), bufferSource('empty', Buffer.alloc(0)), bufferSource(LONG_NAME, binary)]);
    assert.deepEqual(await entriesOf(file), [
      ['manifest.json', '{}'],
      ['empty', ''],
      [LONG_NAME, binary.toString('latin1')],
    ]);
    const listed = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).trim().split('\n');
    assert.deepEqual(listed, ['manifest.json', 'empty', LONG_NAME]);
  });

  it('an entry the reader leaves half read is skipped exactly', async () => {
    const file = join(dir, 'skip.tar.gz');
    await writeTar(file, [bufferSource('big', Buffer.alloc(3 * 1024 * 1024, 7)), bufferSource('after', Buffer.from('here'))]);
    const names: string[] = [];
    for await (const entry of readTar(file)) {
      names.push(entry.name);
      const first = await entry.body[Symbol.asyncIterator]().next();
      if (entry.name === 'after') assert.equal(String(first.value), 'here');
    }
    assert.deepEqual(names, ['big', 'after']);
  });

  it('refuses what is no tar: other bytes, a gzip of text, an archive cut off', async () => {
    const whole = join(dir, 'whole.tar.gz');
    await writeTar(whole, [bufferSource('x', Buffer.alloc(5000, 1))]);
    const samples = {
      plain: Buffer.from('not gzip'),
      text: gzipSync('just text, no tar header'),
      cut: gzipSync(execFileSync('gzip', ['-dc', whole]).subarray(0, 2000)),
    };
    for (const [name, bytes] of Object.entries(samples)) {
      const file = join(dir, `${name}.tar.gz`);
      writeFileSync(file, bytes);
      await assert.rejects(entriesOf(file), NotATarError, name);
    }
  });
});
