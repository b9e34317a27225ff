import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listResources, listRevisions } from '../repository/datasets';
import { datasets, harvestRuns, type Organization } from '../tables';
import { createOrganization } from '../test-support';
import { runLog, type HarvestSource } from './repository';
import { HARVEST_ACTOR, runHarvest, type HarvestOptions } from './run-harvest';
import { fakeCkan, fixture, sourceAt, type CkanPackage } from './test-support';

const GOVDATA = JSON.parse(fixture('govdata-package.json')) as CkanPackage;
const PLAIN = JSON.parse(fixture('ckan-dataset.json')) as { id: string } & Record<string, unknown>;

/** Real packages and variants of them with the licence spellings real portals send. */
function portalPackages(): CkanPackage[] {
  const variant = (n: number, license: string): CkanPackage => ({
    ...GOVDATA,
    id: `00000000-0000-4000-8000-00000000000${n}`,
    name: `stadtwerke-${n}`,
    title: `Datensatz ${n} der Stadtwerke`,
    license_id: license,
    metadata_modified: '2026-01-0' + n + 'T10:00:00.000000',
  });
  return [
    GOVDATA,
    { ...PLAIN, metadata_modified: '2025-03-01T08:00:00' },
    variant(1, 'dl-de-by-2.0'),
    variant(2, 'http://dcat-ap.de/def/licenses/dl-by-de/2.0'),
    variant(3, 'CC-BY-4.0'),
    variant(4, 'eigene-lizenz-der-stadtwerke'),
  ];
}

describe('opendata harvest: a CKAN portal', () => {
  let t: TestApp;
  let organization: Organization;
  const fast: HarvestOptions = { rows: 2, limits: { timeoutMs: 500, maxBytes: 1_000_000, maxRedirects: 2 } };
  before(async () => (t = await createTestApp()));
  beforeEach(async () => {
    await t.reset();
    organization = await createOrganization(t, { title: 'Stadtwerke Iserlohn', email: 'opendata@stadtwerke.example' });
  });
  after(() => t.close());

  const source = (url: string) => sourceAt(t.deps.db, organization.id, 'ckan', url);
  const harvest = async (from: HarvestSource) => {
    const result = await runHarvest(HARVEST_ACTOR, { source: from, options: fast }, t.deps);
    assert.ok(result.started);
    return result.run;
  };
  const byRef = async (ref: string) => (await t.deps.db.select().from(datasets).where(eq(datasets.originRef, ref)))[0]!;

  it('harvests every page into the source organisation, with licence spellings mapped and the CKAN rules applied', async () => {
    const portal = await fakeCkan(portalPackages());
    try {
      const run = await harvest(await source(portal.url));
      assert.deepEqual([run.status, run.created, run.updated, run.deleted, run.failed], ['succeeded', 6, 0, 0, 0]);
      assert.ok(
        portal.requests.some((request) => request.includes('start=4')),
        'paged with rows=2',
      );
      assert.ok(!portal.requests.some((request) => request.includes('fq=')), 'the first run is complete');

      const rlp = await byRef(GOVDATA.id);
      const thirdFormat = (GOVDATA.resources as Array<{ format: string }>)[2]!.format;
      assert.equal(rlp.name, '0d3cfc61-67b8-b869-1a5d-c9c7eb139e7b');
      assert.equal(rlp.organizationId, organization.id);
      assert.equal(rlp.origin, 'harvest');
      assert.equal(rlp.state, 'active');
      assert.equal(rlp.licenseId, 'dl-by-de/1.0');
      assert.deepEqual(rlp.tags, ['altere-menschen', 'anbieter', 'anbieter-von-betreutem-wohnen-fur-altere-menschen', 'betreutes-wohnen', 'wohnen-im-alter']);
      assert.equal(rlp.contactEmail, 'roland.schiffer@msagd.rlp.de', 'as the dataset schema writes every address');
      assert.equal(rlp.temporalStart, '2000-01-01');
      assert.deepEqual(
        (await listResources(t.deps.db, rlp.id)).map((resource) => resource.format),
        ['KARTENVIEWER', 'WMS', thirdFormat.toUpperCase()],
      );
      assert.deepEqual(
        (await listRevisions(t.deps.db, rlp.id)).map((revision) => revision.change),
        ['harvested'],
      );

      const licences = await Promise.all([1, 2, 3, 4].map(async (n) => (await byRef(`00000000-0000-4000-8000-00000000000${n}`)).licenseId));
      assert.deepEqual(licences, ['dl-by-de/2.0', 'dl-by-de/2.0', 'cc-by/4.0', 'other-closed']);
      // The name of the first package is taken: the copies get the source's name in front.
      const plain = await byRef(PLAIN.id);
      assert.equal(plain.name, 'zimbabwe-regional-geochemical-survey');
      assert.equal(plain.contactName, 'Stadtwerke Iserlohn', 'no contact point: the source organisation');
      assert.deepEqual(plain.tags.slice(0, 2), ['exploration', 'geochemical-exploration']);

      const log = await runLog(t.deps.db, run.id);
      const warnings = log.filter((entry) => entry.level === 'warning').map((entry) => `${entry.datasetRef}: ${entry.message}`);
      assert.ok(
        warnings.some((line) => line.includes('„eigene-lizenz-der-stadtwerke“') && line.startsWith('00000000-0000-4000-8000-000000000004')),
        warnings.join('\n'),
      );
      assert.ok(warnings.includes(`${PLAIN.id}: Keine Lizenz angegeben beim Datensatz; angezeigt wird „Andere geschlossene Lizenz“.`), warnings.join('\n'));
    } finally {
      await portal.close();
    }
  });

  it('runs incrementally, rewrites only what changed, and propagates updates and deletions', async () => {
    const portal = await fakeCkan(portalPackages());
    try {
      const from = await source(portal.url);
      const first = await harvest(from);
      assert.equal(first.status, 'succeeded');
      portal.requests.length = 0;

      const changed = portal.packages.find((pkg) => pkg.name === 'stadtwerke-1')!;
      changed.title = 'Ladesäulen der Stadtwerke';
      changed.metadata_modified = new Date(Date.now() + 60_000).toISOString().replace('Z', '');
      portal.packages = portal.packages.filter((pkg) => pkg.name !== 'stadtwerke-2');
      const second = await harvest(from);

      assert.deepEqual([second.status, second.created, second.updated, second.deleted, second.failed], ['succeeded', 0, 1, 1, 0]);
      const search = portal.requests.find((request) => request.includes('fq='))!;
      assert.match(decodeURIComponent(search.replaceAll('+', ' ')), new RegExp(`metadata_modified:\\[${first.startedAt.toISOString().slice(0, 19)}`));
      assert.equal((await byRef(changed.id)).title, 'Ladesäulen der Stadtwerke');
      assert.equal((await byRef(changed.id)).revision, 2);
      assert.equal((await byRef(GOVDATA.id)).revision, 1, 'unchanged: not rewritten');
      const gone = await byRef('00000000-0000-4000-8000-000000000002');
      assert.equal(gone.state, 'deleted');
      assert.deepEqual(
        (await listRevisions(t.deps.db, gone.id)).map((revision) => revision.change),
        ['deleted', 'harvested'],
      );
      const log = await runLog(t.deps.db, second.id);
      assert.ok(log.some((entry) => entry.level === 'info' && entry.datasetRef === gone.originRef && /nicht mehr/.test(entry.message)));
    } finally {
      await portal.close();
    }
  });

  it('reports a package it cannot read or store and keeps going', async () => {
    const broken = { id: 'kaputt-1', metadata_modified: '2026-01-01T00:00:00', resources: 'keine Liste' } as unknown as CkanPackage;
    const noMailbox = { ...GOVDATA, id: 'ohne-mail', name: 'ohne-mail', author_email: 'poststelle(at)statistik.rlp.de' };
    const portal = await fakeCkan([...portalPackages(), broken, noMailbox]);
    try {
      const run = await harvest(await source(portal.url));
      assert.deepEqual([run.status, run.created, run.failed], ['partial', 6, 2]);
      const errors = (await runLog(t.deps.db, run.id)).filter((entry) => entry.level === 'error');
      assert.deepEqual(errors.map((entry) => entry.datasetRef).sort(), ['kaputt-1', 'ohne-mail']);
      assert.match(errors.find((entry) => entry.datasetRef === 'ohne-mail')!.message, /E-Mail-Adresse/);
    } finally {
      await portal.close();
    }
  });

  it('never runs a source twice at once', async () => {
    const portal = await fakeCkan(portalPackages());
    try {
      const from = await source(portal.url);
      await t.deps.db.insert(harvestRuns).values({ sourceId: from.id, status: 'running' });
      assert.deepEqual(await runHarvest(HARVEST_ACTOR, { source: from, options: fast }, t.deps), { started: false });
      assert.deepEqual(portal.requests, []);
    } finally {
      await portal.close();
    }
  });

  for (const fault of ['malformed', 'status500', 'hang'] as const) {
    it(`deletes nothing when a page of the source is ${fault}`, async () => {
      const portal = await fakeCkan(portalPackages());
      try {
        const from = await source(portal.url);
        await harvest(from);
        portal.packages = portal.packages.slice(0, 2);
        portal.failNext(fault, (url) => url.searchParams.get('start') === '2' || url.searchParams.get('fl') === 'id');
        const run = await harvest(from);
        assert.equal(run.status, 'failed');
        assert.equal(run.deleted, 0);
        const live = await t.deps.db.select().from(datasets).where(eq(datasets.state, 'active'));
        assert.equal(live.length, 6);
        const [error] = (await runLog(t.deps.db, run.id)).filter((entry) => entry.level === 'error');
        assert.match(
          error!.message,
          fault === 'hang' ? /nicht innerhalb von 0.5 Sekunden/ : fault === 'status500' ? /HTTP 500/ : /nicht wie die CKAN-API|kein JSON|nicht mit JSON/,
        );
        assert.match(error!.message, /Es wurde nichts gelöscht/);
      } finally {
        await portal.close();
      }
    });
  }
});
