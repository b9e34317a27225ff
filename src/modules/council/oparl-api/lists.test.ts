import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { OPARL_PATHS, oparlObjectUrl } from '../paths';
import { councilPapers } from '../tables';
import { insertCouncilFixture, type CouncilFixture } from '../test-support';
import { insertDeletedPaper, validateOparl } from './test-support';

interface ListPage {
  data: Array<Record<string, unknown>>;
  links: { first?: string; self?: string; next?: string; prev?: string; last?: string };
  pagination: { totalElements?: number; elementsPerPage?: number; totalPages?: number; currentPage?: number };
}

describe('OParl server: external lists, paging and filters (spec 2.5)', () => {
  let t: TestApp;
  let council: CouncilFixture;
  let papers: string[];
  let deletedPaper: string;
  before(async () => {
    t = await createTestApp();
    council = await insertCouncilFixture(t.db);
    // Twelve public papers, modified a day apart; two share one `modified` to prove the id breaks the tie.
    papers = [];
    for (let day = 1; day <= 12; day += 1) {
      const modified = new Date(Date.UTC(2026, 0, day === 12 ? 11 : day, 8, 0, 0, 123));
      const [row] = await t.db
        .insert(councilPapers)
        .values({ bodyId: council.bodyId, name: `Anfrage ${day}`, reference: `A/2026/${day}`, created: new Date(Date.UTC(2025, 11, day)), modified })
        .returning({ id: councilPapers.id });
      papers.push(row!.id);
    }
    await t.db
      .update(councilPapers)
      .set({ modified: new Date('2026-02-01T00:00:00Z') })
      .where(eq(councilPapers.id, council.papers.publicId));
    deletedPaper = await insertDeletedPaper(t.db, council.bodyId, new Date('2026-02-02T00:00:00Z'));
  });
  after(() => t.close());

  const listUrl = () => `${t.config.baseUrl}${OPARL_PATHS.bodyList(council.bodyId, 'paper')}`;

  async function page(url: string): Promise<ListPage> {
    const response = await t.app.inject({ method: 'GET', url: url.replace(t.config.baseUrl, '') });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<ListPage>();
  }

  async function walk(url: string): Promise<{ ids: string[]; pages: ListPage[] }> {
    const pages: ListPage[] = [];
    let next: string | undefined = url;
    while (next) {
      const current = await page(next);
      pages.push(current);
      next = current.links.next;
      assert.ok(pages.length < 50, 'the next links end');
    }
    return { ids: pages.flatMap((current) => current.data.map((object) => String(object.id).split('/').pop()!)), pages };
  }

  it('pages through every public paper once, ordered by modified and id, with the filters kept in every link', async () => {
    const { ids, pages } = await walk(`${listUrl()}?limit=5&created_since=2025-01-01T00%3A00%3A00%2B01%3A00`);
    assert.equal(new Set(ids).size, ids.length, 'no paper twice');
    assert.deepEqual(new Set(ids), new Set([...papers, council.papers.publicId]), 'every public paper, not the non-public nor the deleted one');
    assert.equal(pages.length, 3);
    assert.equal(pages[0]!.pagination.totalElements, 13);
    assert.equal(pages[0]!.pagination.totalPages, 3);
    assert.equal(pages[0]!.pagination.elementsPerPage, 5);
    for (const current of pages) {
      assert.ok(current.links.self!.includes('created_since=2025-01-01T00%3A00%3A00%2B01%3A00'), current.links.self);
      assert.equal(current.links.first, `${listUrl()}?created_since=2025-01-01T00%3A00%3A00%2B01%3A00&limit=5`);
      for (const object of current.data) validateOparl(object, 'paper list');
    }
    assert.equal(ids.at(-1), council.papers.publicId, 'the most recently modified comes last');
    const again = await walk(`${listUrl()}?limit=5&created_since=2025-01-01T00%3A00%3A00%2B01%3A00`);
    assert.deepEqual(again.ids, ids, 'the order is stable');
  });

  it('links each page but the first to the one before it, and every page to the last, which `next` arrives at too', async () => {
    const filters = 'limit=5&created_since=2025-01-01T00%3A00%3A00%2B01%3A00';
    const forward = await walk(`${listUrl()}?${filters}`);
    const idsOf = (current: ListPage) => current.data.map((object) => String(object.id));
    assert.equal(forward.pages[0]!.links.prev, undefined, 'the first page has none');
    for (const current of forward.pages) assert.equal(current.links.last, `${current.links.first}&before=end`, 'the filters stay in last');

    const last = await page(forward.pages[0]!.links.last!);
    assert.deepEqual(idsOf(last), idsOf(forward.pages[2]!), 'the last page holds what the forward pages leave over');
    assert.deepEqual([last.pagination.currentPage, last.pagination.totalPages, last.pagination.totalElements], [3, 3, 13]);
    assert.equal(last.links.next, undefined);
    const backward = [last];
    while (backward[0]!.links.prev) {
      backward.unshift(await page(backward[0]!.links.prev));
      assert.ok(backward.length < 10, 'the prev links end');
    }
    assert.deepEqual(backward.map(idsOf), forward.pages.map(idsOf), 'paging back passes the same pages');
    assert.ok(backward[1]!.links.prev!.includes('created_since=2025-01-01T00%3A00%3A00%2B01%3A00'), 'the filters stay in prev');
    assert.deepEqual(idsOf(await page(forward.pages[1]!.links.prev!)), idsOf(forward.pages[0]!), "the second page's prev is the first");
    assert.deepEqual(idsOf(await page(backward[1]!.links.next!)), idsOf(forward.pages[2]!), 'next goes on from a page reached backwards');

    const lone = await page(`${listUrl()}?limit=100`);
    assert.deepEqual([lone.links.last, lone.links.prev, lone.links.next], [lone.links.first, undefined, undefined], 'one page: it is the last');
  });

  it('filters by created and modified, and lists deleted objects only with modified_since (spec 2.5, 2.8)', async () => {
    const modifiedSince = await walk(`${listUrl()}?modified_since=2026-01-10T00:00:00%2B00:00`);
    assert.deepEqual(modifiedSince.ids, [papers[9], ...[papers[10], papers[11]].sort(), council.papers.publicId, deletedPaper].map(String));
    const deleted = modifiedSince.pages[0]!.data.find((object) => object.deleted === true);
    assert.equal(deleted?.id, oparlObjectUrl(t.config.baseUrl, 'paper', deletedPaper));
    const window = await walk(`${listUrl()}?modified_since=2026-01-02T00:00:00Z&modified_until=2026-01-03T23:59:59Z`);
    assert.deepEqual(window.ids, [papers[1], papers[2]]);
    const created = await walk(`${listUrl()}?created_until=2025-12-02T00:00:00%2B00:00`);
    assert.deepEqual(created.ids, [papers[0], papers[1]]);
    const without = await walk(listUrl());
    assert.ok(!without.ids.includes(deletedPaper), 'without modified_since no deleted object');
  });

  it('reads a `+` that arrived as a space, and keeps a too large limit within bounds', async () => {
    const spaced = await page(`${listUrl()}?modified_since=2026-01-10T01:00:00 01:00`);
    assert.equal(spaced.data.length, 5);
    const huge = await page(`${listUrl()}?limit=100000`);
    assert.equal(huge.pagination.elementsPerPage, 500);
  });

  it('leaves out the internal lists with omit_internal (spec 2.5)', async () => {
    const meetings = await page(`${t.config.baseUrl}${OPARL_PATHS.bodyList(council.bodyId, 'meeting')}?omit_internal=true`);
    assert.equal(meetings.data[0]!.agendaItem, undefined);
    assert.ok(meetings.data[0]!.location, 'a meeting keeps its location (not one of the lists spec 2.5 names)');
    const full = await page(`${t.config.baseUrl}${OPARL_PATHS.bodyList(council.bodyId, 'meeting')}`);
    assert.equal((full.data[0]!.agendaItem as unknown[]).length, 1);
    const persons = await page(`${t.config.baseUrl}${OPARL_PATHS.bodyList(council.bodyId, 'person')}?omit_internal=true`);
    assert.ok(persons.data.every((person) => person.membership === undefined));
  });

  it('lists an organization’s meetings and consultations', async () => {
    const meetings = await page(`${t.config.baseUrl}${OPARL_PATHS.organizationList(council.committee.id, 'meeting')}`);
    assert.deepEqual(
      meetings.data.map((meeting) => meeting.id),
      [oparlObjectUrl(t.config.baseUrl, 'meeting', council.meeting.id)],
    );
    const consultations = await page(`${t.config.baseUrl}${OPARL_PATHS.organizationList(council.rat.id, 'consultation')}`);
    assert.equal(consultations.data.length, 1);
  });

  it('answers bad parameters with 400 and an OParl Error object', async () => {
    for (const query of [
      'modified_since=gestern',
      'modified_since=2026-02-30T00:00:00%2B01:00',
      'created_until=2026-01-01',
      'limit=0',
      'limit=-3',
      'limit=zehn',
      'omit_internal=ja',
      'after=abc',
      'before=abc',
      'before=end&after=2026-01-01T08:00:00.123000Z_00000000-0000-4000-8000-000000000000',
      'modified_since=2026-01-01T00:00:00Z&modified_since=2026-01-02T00:00:00Z',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `${OPARL_PATHS.bodyList(council.bodyId, 'paper')}?${query}` });
      assert.equal(response.statusCode, 400, query);
      const error = response.json<Record<string, string>>();
      assert.equal(error.type, 'https://schema.oparl.org/1.1/Error', query);
      assert.match(String(error.message), /Parameter/, query);
      assert.equal(response.headers['access-control-allow-origin'], '*');
    }
  });
});
