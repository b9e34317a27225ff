import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { findUserByEmail, type CurrentUser } from '../../../kernel/auth';
import { PROJECT_ROOT } from '../../../kernel/config';
import { DemoPackError } from '../../../kernel/config/demo-pack';
import { queryRows } from '../../../kernel/db';
import { addDays, berlinDay } from '../../../kernel/time';
import { adminModule } from '../../admin';
import { councilViewerOf } from '../policies';
import { councilFiles, councilMemberAccounts, councilOrganizations, councilPapers } from '../tables';
import { generateCouncil } from './generate';
import { readCouncilPack, seedCouncilDemo } from './seed';

/** A fixed seeding moment, so the test says what a first start on that day writes. */
const NOW = new Date('2026-12-07T09:00:00Z');

function actorOf(user: { id: string; email: string; displayName: string; role: CurrentUser['role'] }, permissions: string[] = []): CurrentUser {
  return { ...user, emailVerified: true, departments: [], permissions: new Set(permissions) };
}

async function bytesOf(t: TestApp, key: string): Promise<Buffer> {
  const stream = (await t.deps.files.get(key))!;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The town's portal with its demo logins and its council, seeded at `NOW`. */
async function seededTown(town: 'iserlohn' | 'menden'): Promise<TestApp> {
  const t = await createTestApp({ env: { CONFIG_FILE: resolve(PROJECT_ROOT, `config/${town}.json`) } });
  await adminModule.seedDemo!(t.deps);
  await seedCouncilDemo(t.deps, NOW);
  return t;
}

/** Every council row of the database as one text (for "no other town's name in it"). */
async function everything(t: TestApp): Promise<string> {
  const tables = await queryRows<{ name: string }>(t.db, sql`select table_name as name from information_schema.tables where table_name like 'council\\_%'`);
  const texts: string[] = [];
  for (const { name } of tables) texts.push(JSON.stringify(await queryRows(t.db, sql`select * from ${sql.identifier(name)}`)));
  return texts.join('\n');
}

describe('the council pack', () => {
  it('names the file and every field whose reference does not resolve', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtportal-council-pack-'));
    mkdirSync(join(dir, 'demo/kaputt'), { recursive: true });
    const pack = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/demo/menden/council.json'), 'utf8'));
    pack.gremien[2].room = 'keller';
    pack.gremien[3].slug = pack.factions[0].slug;
    pack.memberLogin.gremien = ['fehlt'];
    writeFileSync(join(dir, 'demo/kaputt/council.json'), JSON.stringify(pack));
    assert.throws(
      () => readCouncilPack({ municipality: { demoPack: 'kaputt' }, configDir: dir } as Parameters<typeof readCouncilPack>[0]),
      (error: Error) =>
        error instanceof DemoPackError &&
        /kaputt\/council\.json: gremien\.2\.room: no room keller/.test(error.message) &&
        /slug fraktion-buergerunion is used twice/.test(error.message) &&
        /memberLogin\.gremien: no Gremium fehlt/.test(error.message),
    );
  });
});

describe('the council demo generator', () => {
  it('writes the same council for the same pack and day, and places it around any seeding day', () => {
    const config = { municipality: { demoPack: 'iserlohn' }, configDir: resolve(PROJECT_ROOT, 'config') } as Parameters<typeof readCouncilPack>[0];
    const pack = readCouncilPack(config)!;
    assert.deepEqual(generateCouncil(pack, NOW), generateCouncil(pack, NOW));
    for (const now of [NOW, new Date('2027-06-15T14:00:00Z'), new Date('2031-02-01T08:00:00Z')]) {
      const { rows } = generateCouncil(pack, now);
      const today = berlinDay(now);
      const days = rows.meetings.map((meeting) => berlinDay(meeting.start!));
      assert.ok(
        days.every((day) => day >= addDays(today, -240) && day <= addDays(today, 120)),
        `${today}: ${days[0]} … ${days.at(-1)}`,
      );
      for (const meeting of rows.meetings) {
        const held = meeting.start! < now && berlinDay(meeting.start!) < today;
        assert.equal(meeting.meetingState === 'durchgeführt', held, `${meeting.name} on ${meeting.start!.toISOString()} seeded ${today}`);
        if (held) assert.ok(meeting.resultsProtocolFileId, `${meeting.name} has its minutes`);
      }
      assert.equal(rows.meetings.filter((meeting) => meeting.cancelled).length, 1, 'one cancelled meeting');
      assert.ok(
        rows.meetings.some((meeting) => meeting.meetingState === 'eingeladen' || meeting.meetingState === 'terminiert'),
        'meetings ahead',
      );
      assert.ok(
        rows.papers.every((paper) => paper.date! <= today && paper.date! >= addDays(today, -270)),
        `papers dated around ${today}`,
      );
      assert.ok(rows.papers.length >= 150 && rows.papers.length <= 300, `${rows.papers.length} papers`);
      assert.equal(new Set(rows.papers.map((paper) => paper.name)).size, rows.papers.length, 'no title twice');
    }
  });
});

describe('the council demo of Iserlohn: seeded once, every reference resolving, with its demo logins', { timeout: 120_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await seededTown('iserlohn');
  });
  after(() => t.close());

  const counts = async () =>
    (
      await queryRows<{ bodies: number; persons: number; meetings: number; items: number; papers: number; files: number; members: number }>(
        t.db,
        sql`select (select count(*)::int from council_bodies) as bodies, (select count(*)::int from council_persons) as persons,
          (select count(*)::int from council_meetings) as meetings, (select count(*)::int from council_agenda_items) as items,
          (select count(*)::int from council_papers) as papers, (select count(*)::int from council_files) as files,
          (select count(*)::int from council_member_accounts) as members`,
      )
    )[0]!;

  it('has the Rat with its seats, the Ausschüsse, the Fraktionen and the term', async () => {
    const organizations = await t.db.select().from(councilOrganizations);
    const names = organizations.map((organization) => organization.name);
    for (const name of [
      'Rat der Stadt Iserlohn',
      'Hauptausschuss',
      'Ausschuss für Planung und Stadtentwicklung',
      'Jugendhilfeausschuss',
      'Rechnungsprüfungsausschuss',
    ]) {
      assert.ok(names.includes(name), name);
    }
    assert.ok(organizations.filter((organization) => organization.organizationType === 'Fraktion').length >= 5);
    const [rat] = await queryRows<{ seats: number; chairs: number; citizens: number }>(
      t.db,
      sql`select count(*) filter (where o.slug = 'rat')::int as seats, count(*) filter (where o.slug = 'rat' and m.role = 'Vorsitz')::int as chairs,
        count(*) filter (where m.role like 'Sachkundige%')::int as citizens
        from council_memberships m join council_organizations o on o.id = m.organization_id`,
    );
    assert.equal(rat!.seats, 52, 'the mayor and 51 councillors');
    assert.equal(rat!.chairs, 1);
    const [mayor] = await queryRows<{ form: string; status: string[] }>(
      t.db,
      sql`select p.form_of_address as form, p.status from council_persons p join council_memberships m on m.person_id = p.id
        join council_organizations o on o.id = m.organization_id where o.slug = 'rat' and m.role = 'Vorsitz'`,
    );
    assert.deepEqual(mayor, { form: 'Herr', status: ['Bürgermeister'] }, 'the mayor chairs the Rat, named as the pack says');
    assert.ok(rat!.citizens >= 10, `${rat!.citizens} sachkundige Bürger`);
  });

  it('resolves every reference, also those without a foreign key', async () => {
    const [broken] = await queryRows<Record<string, number>>(
      t.db,
      sql`select
        (select count(*)::int from council_bodies b where not exists (select 1 from council_locations l where l.id = b.location_id)
          or not exists (select 1 from council_organizations o where o.id = b.main_organization_id)) as bodies,
        (select count(*)::int from council_memberships m where m.on_behalf_of_id is not null
          and not exists (select 1 from council_organizations o where o.id = m.on_behalf_of_id and o.organization_type = 'Fraktion')) as memberships,
        (select count(*)::int from council_agenda_items i where i.consultation_id is not null
          and not exists (select 1 from council_consultations c where c.id = i.consultation_id and c.agenda_item_id = i.id and c.meeting_id = i.meeting_id)) as items,
        (select count(*)::int from council_consultations c where c.meeting_id is not null and not exists (
          select 1 from council_consultation_organizations co join council_meeting_organizations mo on mo.organization_id = co.organization_id
          where co.consultation_id = c.id and mo.meeting_id = c.meeting_id)) as consultations,
        (select count(*)::int from council_consultations c where not exists (select 1 from council_consultation_organizations co where co.consultation_id = c.id)) as gremiumless,
        (select count(*)::int from council_papers p where p.main_file_id is null or not exists (select 1 from council_consultations c where c.paper_id = p.id)) as papers,
        (select count(*)::int from council_meetings m where not exists (select 1 from council_meeting_organizations mo where mo.meeting_id = m.id)) as meetings`,
    );
    assert.deepEqual(broken, { bodies: 0, memberships: 0, items: 0, consultations: 0, gremiumless: 0, papers: 0, meetings: 0 });
  });

  it('gives every held or invited meeting an agenda of 5 to 15 items with a nichtöffentlicher Teil, and non-public papers and files', async () => {
    const agendas = await queryRows<{ name: string; items: number; closed: number }>(
      t.db,
      sql`select m.name, count(i.id)::int as items, count(i.id) filter (where not i.public)::int as closed
        from council_meetings m join council_agenda_items i on i.meeting_id = m.id group by m.id, m.name`,
    );
    assert.ok(agendas.length >= 40, `${agendas.length} agendas`);
    for (const agenda of agendas) {
      assert.ok(agenda.items >= 5 && agenda.items <= 15, `${agenda.name}: ${agenda.items} items`);
      assert.ok(agenda.closed >= 1, `${agenda.name} has a nichtöffentlicher Teil`);
    }
    const [hidden] = await queryRows<{ papers: number; leaking: number; results: number }>(
      t.db,
      sql`select (select count(*)::int from council_papers where not public) as papers,
        (select count(*)::int from council_papers p join council_files f on f.id = p.main_file_id where not p.public and f.public) as leaking,
        (select count(*)::int from council_agenda_items where result is not null and resolution_text is not null) as results`,
    );
    assert.ok(hidden!.papers >= 10, `${hidden!.papers} non-public papers`);
    assert.equal(hidden!.leaking, 0, 'a non-public paper’s document is non-public too');
    assert.ok(hidden!.results >= 100, `${hidden!.results} resolutions`);
  });

  it('stores each document as a PDF whose text layer is the file’s text', async () => {
    const [paper] = await t.db.select().from(councilPapers).where(eq(councilPapers.paperType, 'Antrag')).limit(1);
    const [file] = await t.db.select().from(councilFiles).where(eq(councilFiles.id, paper!.mainFileId!));
    const bytes = await bytesOf(t, file!.storageKey!);
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    assert.equal(file!.size, bytes.length);
    assert.equal(file!.sha1Checksum, createHash('sha1').update(bytes).digest('hex'));
    const text = await pdfText(bytes);
    for (const expected of [paper!.reference!, paper!.name!, 'Beschlussvorschlag']) {
      assert.ok(text.includes(expected), `“${expected}” in: ${text.slice(0, 300)}`);
    }
    assert.ok(file!.text!.includes(paper!.name!));
  });

  it('links the demo login “Ratsmitglied” to a person of the Rat and the APS; the Ratsbüro login manages the council', async () => {
    const member = (await findUserByEmail(t.db, 'ratsmitglied@iserlohn.example'))!;
    const viewer = await councilViewerOf(actorOf(member), t.db, berlinDay(NOW));
    assert.equal(viewer.kind, 'member');
    const slugs = (await t.db.select().from(councilOrganizations))
      .filter((organization) => viewer.kind === 'member' && viewer.organizationIds.includes(organization.id))
      .map((organization) => organization.slug);
    assert.ok(slugs.includes('rat') && slugs.includes('aps'), slugs.join(', '));
    const staff = (await findUserByEmail(t.db, 'rat@iserlohn.example'))!;
    const [permission] = await queryRows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from user_permissions where user_id = ${staff.id} and permission = 'council.manage'`,
    );
    assert.equal(permission!.count, 1);
    const [link] = await t.db.select().from(councilMemberAccounts);
    assert.equal(link!.userId, member.id);
  });

  it('changes nothing when seeded again', async () => {
    const first = await counts();
    assert.ok(first.papers >= 150 && first.papers <= 300, `${first.papers} papers`);
    await seedCouncilDemo(t.deps, new Date(NOW.getTime() + 86_400_000));
    assert.deepEqual(await counts(), first);
  });
});

describe('the council demo of the second town: smaller, and without a trace of Iserlohn', { timeout: 120_000 }, () => {
  let t: TestApp;
  before(async () => {
    t = await seededTown('menden');
  });
  after(() => t.close());

  it('has the Rat and three committees with meetings, papers and the member login', async () => {
    const gremien = await t.db.select().from(councilOrganizations).where(eq(councilOrganizations.organizationType, 'Gremium'));
    assert.equal(gremien.length, 4);
    const [row] = await queryRows<{ meetings: number; papers: number; links: number }>(
      t.db,
      sql`select (select count(*)::int from council_meetings) as meetings, (select count(*)::int from council_papers) as papers,
        (select count(*)::int from council_member_accounts) as links`,
    );
    assert.ok(row!.meetings >= 8 && row!.papers >= 15, JSON.stringify(row));
    assert.equal(row!.links, 1);
  });

  it('names no Iserlohn in any row nor any document', async () => {
    const text = await everything(t);
    assert.match(text, /Menden/);
    assert.doesNotMatch(text, /iserlohn/i);
    const files = await t.db.select().from(councilFiles).limit(3);
    for (const file of files) assert.doesNotMatch(await pdfText(await bytesOf(t, file.storageKey!)), /iserlohn/i);
  });
});
