import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getTableName, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { queryRows } from '../../kernel/db';
import { samplePdf } from './import/test-support';
import { importOparl } from './index';
import { holdFile, validateOparl } from './oparl-api/test-support';
import { OPARL_BODY_LISTS, OPARL_PATHS } from './paths';
import * as tables from './tables';
import { insertCouncilFixture, type CouncilFixture } from './test-support';

/** A free port on loopback: the source portal's base URL must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The OParl tables: each imported row keeps the URL it had at its source in `external_url`. */
const OPARL_TABLES = [
  tables.councilBodies,
  tables.councilLegislativeTerms,
  tables.councilOrganizations,
  tables.councilPersons,
  tables.councilMemberships,
  tables.councilLocations,
  tables.councilFiles,
  tables.councilMeetings,
  tables.councilAgendaItems,
  tables.councilPapers,
  tables.councilConsultations,
];

interface OparlList {
  data: Array<Record<string, unknown>>;
  links: { next?: string };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object of a list, following `next` (through the app itself: inject, not the network). */
async function listAll(t: TestApp, url: string): Promise<Array<Record<string, unknown>>> {
  const objects: Array<Record<string, unknown>> = [];
  let next: string | undefined = url;
  while (next) {
    const answer: { statusCode: number; body: string } = await t.app.inject({ method: 'GET', url: next.replace(/^https?:\/\/[^/]+/, '') });
    assert.equal(answer.statusCode, 200, next);
    const page = JSON.parse(answer.body) as OparlList;
    objects.push(...page.data);
    next = page.links.next;
  }
  return objects;
}

const idOf = (item: Json) => (item && typeof item === 'object' && !Array.isArray(item) ? String(item.id) : String(item));

/**
 * The object without what legitimately differs between the two portals: when each copy changed, and
 * the order of lists, which each portal gives by its own ids (an agenda item carries its `order`).
 */
function withoutModified(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutModified).sort((a, b) => idOf(a).localeCompare(idOf(b)));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'modified')
        .map(([key, inner]) => [key, withoutModified(inner)]),
    );
  }
  return value;
}

describe('OParl round trip: our own endpoint imported into a second portal gives the same objects', () => {
  let source: TestApp;
  let target: TestApp;
  let sourceBase: string;
  let council: CouncilFixture;
  before(async () => {
    const port = await freePort();
    sourceBase = `http://127.0.0.1:${port}`;
    source = await createTestApp({ env: { BASE_URL: sourceBase } });
    await source.app.listen({ port, host: '127.0.0.1' });
    council = await insertCouncilFixture(source.db);
    await holdFile(source.db, source.deps.files, council.files.publicId, await samplePdf('Der Radweg an der Baarstraße wird auf zwei Meter verbreitert.'));
    target = await createTestApp();
  });
  after(async () => {
    await target?.close();
    await source?.close();
  });

  it('imports every public object, its file with the text, and serves them as the source does', async () => {
    const report = await importOparl(`${sourceBase}${OPARL_PATHS.system}`, target.deps);
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    assert.deepEqual(report.skipped, [], 'our own endpoint deviates from nothing');
    assert.equal(report.filesStored, 1);

    // The target's ids and URLs are its own; each row keeps the source URL it came from.
    const sourceUrlOf = new Map<string, string>();
    for (const table of OPARL_TABLES) {
      const rows = await queryRows<{ id: string; external_url: string }>(target.db, sql`select id, external_url from ${sql.identifier(getTableName(table))}`);
      for (const row of rows) sourceUrlOf.set(row.id, row.external_url);
    }
    const targetUrl = /http:\/\/portal\.test\/oparl\/v1\/([a-z]+)\/([0-9a-f-]{36})/g;
    const inSourceTerms = (object: Record<string, unknown>): Json =>
      withoutModified(
        JSON.parse(
          JSON.stringify(object)
            // Each portal's objects belong to its own System.
            .replaceAll(`http://portal.test${OPARL_PATHS.system}`, `${sourceBase}${OPARL_PATHS.system}`)
            .replace(targetUrl, (url, _type: string, id: string) => {
              const original = sourceUrlOf.get(id);
              assert.ok(original, `${url} has no source URL`);
              return original;
            }),
        ) as Json,
      );

    const [sourceBody] = await listAll(source, OPARL_PATHS.bodies);
    const [targetBody] = await listAll(target, OPARL_PATHS.bodies);
    assert.deepEqual(inSourceTerms(targetBody!), withoutModified(sourceBody as Json));
    for (const list of OPARL_BODY_LISTS) {
      const expected = await listAll(source, OPARL_PATHS.bodyList(council.bodyId, list));
      const targetBodyId = String(targetBody!.id).split('/').pop()!;
      const imported = await listAll(target, OPARL_PATHS.bodyList(targetBodyId, list));
      imported.forEach((object) => validateOparl(object, `imported ${list}`));
      assert.deepEqual(withoutModified(imported.map(inSourceTerms)), withoutModified(expected as Json[]), `the ${list} list`);
      assert.ok(expected.length > 0, `the fixture has ${list} objects`);
    }
  });

  it('keeps the file text, and imports nothing that is not public', async () => {
    const [file] = await queryRows<{ text: string | null; public: boolean }>(target.db, sql`select text, public from council_files`);
    assert.match(file?.text ?? '', /Radweg an der Baarstraße/);
    const counts = await queryRows<{ papers: number; items: number }>(
      target.db,
      sql`select (select count(*)::int from council_papers) as papers, (select count(*)::int from council_agenda_items) as items`,
    );
    assert.deepEqual(counts[0], { papers: 1, items: 1 }, 'the non-public paper and agenda item stay at the source');
  });

  it('a second import changes nothing', async () => {
    const report = await importOparl(`${sourceBase}${OPARL_PATHS.system}`, target.deps);
    assert.equal(report.outcome, 'succeeded');
    const changed = Object.values(report.counts).reduce((sum, count) => sum + count.new + count.changed, 0);
    assert.equal(changed, 0, JSON.stringify(report.counts));
  });
});
