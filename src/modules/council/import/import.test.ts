import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../kernel/db';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { importOparl } from './import-oparl';
import { beispielstadtRoutes, fixtureText, json, startFixtureServer, TEST_LIMITS, withBase, type FixtureServer } from './test-support';

describe('OParl import: a full run, an incremental one, deleted objects', () => {
  let t: TestApp;
  let server: FixtureServer;
  let url: string;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    server = await startFixtureServer(await beispielstadtRoutes());
    url = `${server.base}/oparl/system`;
  });
  afterEach(() => server.close());
  after(() => t.close());
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.deps.db, query);
  const run = (options = {}) => importOparl(url, t.deps, { limits: TEST_LIMITS, ...options });

  it('stores every object with its embedded objects, resolves references across pages and lists, and reports what never resolves', async () => {
    const report = await run();
    assert.equal(report.outcome, 'succeeded', JSON.stringify(report.errors));
    assert.equal(report.created, true);
    assert.deepEqual(Object.fromEntries(Object.entries(report.counts).map(([type, counts]) => [type, counts.new])), {
      Body: 1,
      Location: 2,
      LegislativeTerm: 1,
      Organization: 3,
      Person: 1,
      Membership: 2,
      Meeting: 1,
      File: 3,
      AgendaItem: 2,
      Paper: 2,
      Consultation: 2,
    });
    assert.deepEqual(
      report.skipped.map((skip) => skip.url.replace(server.base, '')),
      ['/oparl/membership/13'],
    );
    assert.match(report.skipped[0]!.reason, /organization\/99, das die Quelle nicht liefert/);

    const [source] = await rows<{ system_name: string; vendor: string; last_success_at: Date }>(
      sql`select system_name, vendor, last_success_at from council_sources`,
    );
    assert.equal(source!.system_name, 'Ratsinformationssystem Beispielstadt');
    assert.ok(source!.last_success_at, "a complete run is the next one's modified_since");

    const organizations = await rows<{ slug: string; parent: string | null }>(
      sql`select o.slug, p.short_name as parent from council_organizations o left join council_organizations p on p.id = o.sub_organization_of_id order by o.external_url`,
    );
    assert.deepEqual(organizations, [
      { slug: 'rat', parent: null },
      { slug: 'ausschuss-fuer-planung', parent: 'Rat' },
      { slug: 'ausschuss-fuer-planung-2', parent: null },
    ]);

    const items = await rows<{ order: number; public: boolean; consultation_role: string | null }>(
      sql`select a."order", a.public, c.role as consultation_role from council_agenda_items a left join council_consultations c on c.id = a.consultation_id order by a."order"`,
    );
    assert.deepEqual(items, [
      { order: 1, public: true, consultation_role: 'Vorberatung' },
      { order: 2, public: false, consultation_role: null },
    ]);

    const [meeting] = await rows<{ organizations: number; participants: number; invitation: string; locality: string }>(sql`
      select (select count(*)::int from council_meeting_organizations mo where mo.meeting_id = m.id) as organizations,
             (select count(*)::int from council_meeting_participants mp where mp.meeting_id = m.id) as participants,
             f.name as invitation, l.locality
      from council_meetings m join council_files f on f.id = m.invitation_file_id join council_locations l on l.id = m.location_id`);
    assert.deepEqual(meeting, { organizations: 1, participants: 1, invitation: 'Einladung', locality: 'Beispielstadt' });

    const related = await rows<{ paper: string; other: string; relation: string }>(sql`
      select p.reference as paper, o.reference as other, r.relation from council_paper_relations r
      join council_papers p on p.id = r.paper_id join council_papers o on o.id = r.other_paper_id`);
    assert.deepEqual(related, [{ paper: 'V/2026/0012', other: 'V/2025/0200', relation: 'related' }]);

    const consultations = await rows<{ role: string; meeting: boolean; item: boolean; organizations: number }>(sql`
      select c.role, c.meeting_id is not null as meeting, c.agenda_item_id is not null as item,
             (select count(*)::int from council_consultation_organizations co where co.consultation_id = c.id) as organizations
      from council_consultations c order by c.external_url`);
    assert.deepEqual(consultations, [
      { role: 'Vorberatung', meeting: true, item: true, organizations: 1 },
      { role: 'Entscheidung', meeting: false, item: false, organizations: 1 },
    ]);
    const memberships = await rows<{ role: string; slug: string }>(
      sql`select m.role, o.slug from council_memberships m join council_organizations o on o.id = m.organization_id order by m.external_url`,
    );
    assert.deepEqual(memberships, [
      { role: 'Mitglied', slug: 'rat' },
      { role: 'Vorsitzende', slug: 'ausschuss-fuer-planung' },
    ]);
  });

  it("downloads the files into the file store with the text of PDFs; a non-public agenda item's file is not public", async () => {
    const report = await run();
    assert.equal(report.filesStored, 3);
    const files = await rows<{ name: string; text: string | null; stored: boolean; public: boolean; size: number }>(
      sql`select name, text, storage_key is not null as stored, public, size from council_files order by name`,
    );
    assert.deepEqual(
      files.map((file) => [file.name, file.stored, file.public]),
      [
        ['Einladung', true, true],
        ['Grundstücksangelegenheit', true, false],
        ['Vorlage Radweg Baarstraße', true, true],
      ],
    );
    assert.match(files[2]!.text!, /Der Radweg an der Baarstraße wird auf zwei Meter verbreitert\./);
    assert.equal(files[1]!.text, 'Verkauf eines Grundstücks.');
    assert.ok(server.requests.includes('/files/download/vorlage-radweg.pdf'), 'the downloadUrl before the accessUrl');
  });

  it('asks only for what changed since the last complete run; unchanged objects keep their modified, changed ones move it', async () => {
    await run();
    const before = await rows<{ reference: string; modified: Date }>(sql`select reference, modified from council_papers order by reference`);
    const changed = JSON.parse(withBase(fixtureText('papers.json'), server.base)) as { data: Record<string, unknown>[] };
    changed.data = [{ ...changed.data[0]!, name: 'Verbreiterung des Radwegs an der Baarstraße (geändert)', modified: '2026-03-01T09:00:00+01:00' }];
    server.routes.set('/oparl/body/1/paper', json(changed));
    server.requests.length = 0;

    const second = await run();
    assert.equal(second.outcome, 'succeeded');
    assert.ok(second.modifiedSince);
    const paperRequest = server.requests.find((request) => request.startsWith('/oparl/body/1/paper'));
    assert.match(paperRequest!, /modified_since=/);
    assert.equal(second.counts.Paper!.changed, 1);
    assert.equal(second.counts.Organization!.unchanged, 3);
    assert.equal(second.counts.Organization!.changed + second.counts.Organization!.new, 0);
    const after = await rows<{ reference: string; name: string; modified: Date }>(sql`select reference, name, modified from council_papers order by reference`);
    const time = (value: Date | string) => new Date(value).getTime();
    assert.equal(time(after[0]!.modified), time(before[0]!.modified), 'the unchanged paper keeps its modified');
    assert.ok(time(after[1]!.modified) > time(before[1]!.modified), 'the changed paper moves its modified');
    assert.equal(after[1]!.name, 'Verbreiterung des Radwegs an der Baarstraße (geändert)');
    assert.equal(second.filesStored, 0, 'files already stored are not fetched again');
  });

  it('soft-deletes an object the source marks deleted and deletes no row', async () => {
    await run();
    const paperCount = async () => (await rows<{ count: number }>(sql`select count(*)::int as count from council_papers`))[0]!.count;
    server.routes.set(
      '/oparl/body/1/paper',
      json({
        data: [
          {
            id: '{{base}}/oparl/paper/2',
            type: 'https://schema.oparl.org/1.1/Paper',
            created: '2025-10-01T09:00:00+02:00',
            modified: '2026-03-02T09:00:00+01:00',
            deleted: true,
          },
        ],
        pagination: {},
        links: {},
      }),
    );
    const second = await run();
    assert.equal(second.counts.Paper!.deleted, 1);
    assert.equal(await paperCount(), 2);
    const deleted = await rows<{ reference: string; deleted: boolean }>(sql`select reference, deleted from council_papers order by reference`);
    assert.deepEqual(deleted, [
      { reference: 'V/2025/0200', deleted: true },
      { reference: 'V/2026/0012', deleted: false },
    ]);
  });
});
