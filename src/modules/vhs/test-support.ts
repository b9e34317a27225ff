import { after, before } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import type { Config } from '../../kernel/config';
import { readVhsPack, seedVhsDemo } from './demo';

/** A test app with the VHS demo semester, made before the tests of the calling `describe` and closed after them. */
export function vhsDemoApp(): { readonly t: TestApp } {
  const holder = {} as { t: TestApp };
  before(async () => {
    holder.t = await createTestApp();
    await seedVhsDemo(holder.t.deps);
  });
  after(() => holder.t.close());
  return holder;
}

/** Text of the first match of `pattern`'s group 1, tags stripped and whitespace collapsed. */
export function textOf(html: string, pattern: RegExp): string | undefined {
  return pattern
    .exec(html)?.[1]
    ?.replace(/<br\s*\/?>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The heading of the result list ("12 Kurse zu „Yoga“"). */
export const resultsTitle = (html: string) => textOf(html, /<h2 id="results-title"[^>]*>([\s\S]*?)<\/h2>/);

/** The slugs of the courses a catalogue page lists, in order. */
export const listedSlugs = (html: string) =>
  [...html.matchAll(/<h3 class="news-list__title">\s*<a href="\/bildung\/vhs\/kurse\/([a-z0-9-]+)"/g)].map((match) => match[1]!);

/** The demo pack's courses, as the seed reads them. */
export function packCourses(config: Config) {
  return readVhsPack(config)!.courses;
}
