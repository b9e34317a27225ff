import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../../kernel/config';
import type { TestApp } from '../../../../tests/support/test-app';
import { wlanFeedSources, type WlanFeedSource } from '../tables';

/** A recorded or written feed of tests/fixtures/freifunk (SOURCES.md says where each comes from). */
export const feedFixture = (name: string): string => resolve(PROJECT_ROOT, 'tests/fixtures/freifunk', name);

/** A writable feed file: tests change what the "community" publishes between imports. */
export function feedFile(name = 'meshviewer.json'): { path: string; write: (text: string) => void } {
  const path = join(mkdtempSync(join(tmpdir(), 'wlan-feed-')), name);
  return { path, write: (text) => writeFileSync(path, text) };
}

export async function createFeedSource(t: TestApp, values: Partial<typeof wlanFeedSources.$inferInsert> & { url: string }): Promise<WlanFeedSource> {
  const [source] = await t.deps.db
    .insert(wlanFeedSources)
    .values({ name: 'Freifunk Märkischer Kreis', ...values })
    .returning();
  return source!;
}
