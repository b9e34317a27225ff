import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { jobs } from '../../../kernel/jobs/tables';
import { errorMessages, tableRows } from '../../../../tests/support/html';
import { personWith, staffMember, type Person } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { PUBLISH_PERMISSION } from '../policies';
import { harvestLog, harvestRuns, harvestSources, type MemberCapacity, type Organization } from '../tables';
import { addMember, createOrganization } from '../test-support';
import { HARVEST_SOURCE_JOB } from './jobs';
import { HARVEST_PATHS } from './paths';
import { insertSource, type HarvestSource } from './repository';

describe('opendata harvest: the back office', () => {
  let t: TestApp;
  let stadtwerke: Organization;
  let source: HarvestSource;
  let runId: string;
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    stadtwerke = await createOrganization(t, { title: 'Stadtwerke Iserlohn' });
    source = await insertSource(t.deps.db, {
      name: 'stadtwerke',
      title: 'Datenportal der Stadtwerke',
      url: 'https://daten.stadtwerke.example/api/3',
      kind: 'ckan',
      organizationId: stadtwerke.id,
      intervalHours: 24,
    });
    const [run] = await t.deps.db.insert(harvestRuns).values({ sourceId: source.id, status: 'partial', created: 3, failed: 1 }).returning();
    runId = run!.id;
    await t.deps.db
      .insert(harvestLog)
      .values({ runId, level: 'error', datasetRef: 'ladesaeulen', message: 'Geben Sie die E-Mail-Adresse der Kontaktstelle an.' });
    await t.settled();
  });
  after(() => t.close());

  async function publisher(capacity: MemberCapacity | null, organization = stadtwerke): Promise<Person> {
    const person = await staffMember(t, [], { permissions: [PUBLISH_PERMISSION] });
    if (capacity) await addMember(t, organization.id, person.user.id, capacity);
    return person;
  }

  it('shows members the sources of their organisations, a run and its log; others get 404', async () => {
    const member = await publisher('member');
    const list = await member.get(HARVEST_PATHS.sources);
    assert.equal(list.statusCode, 200);
    assert.deepEqual(
      tableRows(list.body).map((row) => row.slice(0, 3)),
      [['Datenportal der Stadtwerke', 'Stadtwerke Iserlohn', 'CKAN-API']],
    );
    assert.match(tableRows(list.body)[0]![4]!, /teilweise erfolgreich/);
    assert.doesNotMatch(list.body, /Quelle hinzufügen|Jetzt ernten/);
    const page = await member.get(HARVEST_PATHS.source(source.id));
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Jetzt ernten/);
    const log = await member.get(HARVEST_PATHS.run(source.id, runId));
    assert.deepEqual(tableRows(log.body), [['Fehler', 'ladesaeulen', 'Geben Sie die E-Mail-Adresse der Kontaktstelle an.']]);

    const outsider = await publisher('admin', await createOrganization(t));
    assert.deepEqual(tableRows((await outsider.get(HARVEST_PATHS.sources)).body), [['Ihre Organisationen haben keine Erntequellen.']]);
    for (const path of [
      HARVEST_PATHS.source(source.id),
      HARVEST_PATHS.run(source.id, runId),
      HARVEST_PATHS.editSource(source.id),
      HARVEST_PATHS.source('kein-uuid'),
    ]) {
      assert.equal((await outsider.get(path)).statusCode, 404, path);
    }
    assert.equal((await outsider.post(HARVEST_PATHS.harvestNow(source.id), {})).statusCode, 404);
    const withoutPermission = await staffMember(t, []);
    assert.equal((await withoutPermission.get(HARVEST_PATHS.sources)).statusCode, 404);
    assert.equal((await member.post(HARVEST_PATHS.harvestNow(source.id), {})).statusCode, 404, 'members read, admins run');
  });

  it('lets an admin of the organisation queue a run and add and edit sources, with errors shown in the form', async () => {
    const admin = await publisher('admin');
    const page = await admin.get(HARVEST_PATHS.source(source.id));
    assert.match(page.body, /Jetzt ernten/);
    const queued = await admin.post(HARVEST_PATHS.harvestNow(source.id), {});
    assert.equal(queued.statusCode, 303);
    const waiting = await t.deps.db.select().from(jobs).where(eq(jobs.kind, HARVEST_SOURCE_JOB));
    assert.deepEqual(
      waiting.map((job) => job.payload),
      [{ sourceId: source.id }],
    );

    const refused = await admin.submit(HARVEST_PATHS.newSource, {
      organizationId: stadtwerke.id,
      title: 'Katalog',
      name: 'stadtwerke',
      url: 'ftp://x',
      kind: 'dcat',
      intervalHours: 'oft',
    });
    assert.equal(refused.statusCode, 400);
    assert.equal(errorMessages(refused.body).length, 2, errorMessages(refused.body).join(' | '));
    const taken = await admin.submit(HARVEST_PATHS.newSource, {
      organizationId: stadtwerke.id,
      title: 'Katalog',
      name: 'stadtwerke',
      url: 'https://daten.stadtwerke.example/catalog.rdf',
      kind: 'dcat',
      intervalHours: '',
    });
    assert.deepEqual(errorMessages(taken.body), ['Diesen Kurznamen hat schon eine andere Erntequelle. Wählen Sie einen anderen.']);
    const added = await admin.submit(HARVEST_PATHS.newSource, {
      organizationId: stadtwerke.id,
      title: 'Katalog',
      name: 'stadtwerke-katalog',
      url: 'https://daten.stadtwerke.example/catalog.rdf',
      kind: 'dcat',
      intervalHours: '',
    });
    assert.equal(added.statusCode, 303);
    const [katalog] = await t.deps.db.select().from(harvestSources).where(eq(harvestSources.name, 'stadtwerke-katalog'));
    assert.deepEqual([katalog!.kind, katalog!.intervalHours, katalog!.organizationId], ['dcat', null, stadtwerke.id]);

    const edited = await admin.submit(HARVEST_PATHS.editSource(source.id), {
      title: 'Stadtwerke-Portal',
      name: 'stadtwerke',
      url: source.url,
      kind: 'ckan',
      intervalHours: '6',
      organizationId: katalog!.id,
    });
    assert.equal(edited.statusCode, 303);
    const [after] = await t.deps.db.select().from(harvestSources).where(eq(harvestSources.id, source.id));
    assert.deepEqual([after!.title, after!.intervalHours, after!.organizationId], ['Stadtwerke-Portal', 6, stadtwerke.id]);
  });

  it('offers the form only to admins of an organisation, and the portal admin sees every source', async () => {
    const editor = await publisher('editor');
    assert.equal((await editor.get(HARVEST_PATHS.newSource)).statusCode, 404);
    const admin = await personWith(t, 'admin');
    const list = await admin.get(HARVEST_PATHS.sources);
    assert.equal(tableRows(list.body).length, 1);
    assert.match(list.body, /Quelle hinzufügen/);
  });
});
