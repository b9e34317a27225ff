import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../../kernel/config';
import { PUBLISH_PERMISSION } from '../policies';
import { opendataPackSchema, type OpendataPack } from './pack';

/** The shipped packs, the area their coordinates must lie in, and the other town none of their text may name. */
const TOWNS = [
  { pack: 'iserlohn', datasets: [45, 60], lat: [51.33, 51.44], lon: [7.55, 7.8], other: 'Menden' },
  { pack: 'menden', datasets: [10, 16], lat: [51.4, 51.48], lon: [7.73, 7.9], other: 'Iserlohn' },
] as const;
const MAX_FILE_BYTES = 200 * 1024;
const MAX_PACK_BYTES = 3 * 1024 * 1024;

const packDir = (pack: string) => resolve(PROJECT_ROOT, 'config/demo', pack);
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const readPack = (pack: string): OpendataPack => opendataPackSchema.parse(readJson(resolve(packDir(pack), 'opendata.json')));
const files = (pack: OpendataPack) =>
  pack.datasets.flatMap((dataset) => dataset.resources.flatMap((resource) => (resource.file ? [{ ...resource, file: resource.file }] : [])));

type Encoding = 'utf-8' | 'utf-8 with BOM' | 'windows-1252';

/** Decodes as a spreadsheet program would guess: a BOM means UTF-8, valid UTF-8 is UTF-8, anything else Windows-1252. */
function decode(bytes: Buffer): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)), encoding: 'utf-8 with BOM' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Every [longitude, latitude] pair of a GeoJSON geometry, at any depth. */
function positions(coordinates: unknown): [number, number][] {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [[coordinates[0], coordinates[1] as number]];
  return Array.isArray(coordinates) ? coordinates.flatMap(positions) : [];
}

const sentences = (text: string) => text.match(/[\p{L})“][.!?](?=\s|$)/gu)?.length ?? 0;

for (const town of TOWNS) {
  describe(`the ${town.pack} open-data demo pack`, () => {
    const dir = packDir(town.pack);

    it('is valid, with its members being demo accounts that may publish', () => {
      const pack = readPack(town.pack);
      assert.ok(pack.datasets.length >= town.datasets[0] && pack.datasets.length <= town.datasets[1], `${pack.datasets.length} datasets`);
      // admin.json itself is validated with the admin module's schema by tests/municipality.
      const { accounts } = readJson(resolve(dir, 'admin.json')) as { accounts: { email: string; role: string; permissions: string[] }[] };
      for (const member of pack.members) {
        const account = accounts.find((candidate) => candidate.email === member.email);
        assert.ok(account, `${member.email} is no account of admin.json`);
        assert.ok(account.role === 'admin' || account.permissions.includes(PUBLISH_PERMISSION), `${member.email} may not publish`);
      }
      assert.ok(pack.harvestSources.length > 0 && pack.datasets.some((dataset) => dataset.harvestedFrom));
    });

    it('describes every dataset in plain sentences and says its values are demo data', () => {
      for (const dataset of readPack(town.pack).datasets) {
        assert.match(dataset.notes, /Demodaten/, dataset.name);
        const count = sentences(dataset.notes);
        assert.ok(count >= 2 && count <= 6, `${dataset.name}: ${count} sentences`);
      }
    });

    it('ships every file it names, each small, and no file it does not name', () => {
      const named = files(readPack(town.pack)).map((resource) => resource.file);
      assert.deepEqual([...new Set(named)].sort(), readdirSync(resolve(dir, 'opendata'), { recursive: true, encoding: 'utf8' }).sort());
      const sizes = named.map((file) => statSync(resolve(dir, 'opendata', file)).size);
      sizes.forEach((size, index) => assert.ok(size > 0 && size <= MAX_FILE_BYTES, `${named[index]}: ${size} bytes`));
      assert.ok(sizes.reduce((sum, size) => sum + size, 0) <= MAX_PACK_BYTES, 'the pack stays small');
    });

    it('has CSV files that decode and parse with one column count', () => {
      for (const resource of files(readPack(town.pack)).filter((candidate) => candidate.format === 'CSV')) {
        const { text, encoding } = decode(readFileSync(resolve(dir, 'opendata', resource.file)));
        assert.doesNotMatch(text, /[\u0080-\u009f\ufffd]|Ã[\u0080-\u00bf]/, `${resource.file} is not ${encoding}`);
        if (encoding === 'windows-1252') assert.match(text, /[äöüßÄÖÜ²³]/, `${resource.file}: neither UTF-8 nor Windows-1252 with German letters`);
        const header = text.slice(0, text.indexOf('\n'));
        const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
        const rows = parse(text, { delimiter }) as string[][];
        assert.ok(rows.length > 1, `${resource.file} has data rows`);
        assert.equal(new Set(rows[0]).size, rows[0]!.length, `${resource.file}: column names repeat`);
      }
    });

    it('has GeoJSON files that are FeatureCollections inside the town', () => {
      for (const resource of files(readPack(town.pack)).filter((candidate) => candidate.format === 'GEOJSON')) {
        const collection = readJson(resolve(dir, 'opendata', resource.file)) as {
          type: string;
          features: { type: string; geometry: { coordinates: unknown }; properties: object }[];
        };
        assert.equal(collection.type, 'FeatureCollection', resource.file);
        assert.ok(collection.features.length > 0, resource.file);
        for (const feature of collection.features) {
          assert.equal(feature.type, 'Feature');
          assert.equal(typeof feature.properties, 'object');
          for (const [lon, lat] of positions(feature.geometry.coordinates)) {
            assert.ok(lat >= town.lat[0] && lat <= town.lat[1] && lon >= town.lon[0] && lon <= town.lon[1], `${resource.file}: ${lat}, ${lon} lies outside`);
          }
        }
      }
    });

    it('names no person and no real address, and no other town', () => {
      const json = readFileSync(resolve(dir, 'opendata.json'), 'utf8');
      const texts = [json, ...files(readPack(town.pack)).map((resource) => decode(readFileSync(resolve(dir, 'opendata', resource.file))).text)];
      for (const text of texts) {
        for (const [address] of text.matchAll(/[\w.+-]+@[\w.-]+/g)) {
          assert.match(address, /^[a-z0-9-]+@[a-z0-9-]+\.example$/, `${address} is no functional demo mailbox`);
        }
        assert.ok(!text.includes(town.other), `names ${town.other}`);
      }
      for (const [url] of json.matchAll(/https?:\/\/[^"\s]+/g)) assert.match(new URL(url).hostname, /\.example$/, `${url} could be fetched`);
    });
  });
}

describe('the Iserlohn open-data demo pack', () => {
  it('shows the back office a draft and a private dataset and the DataStore every encoding and number format', () => {
    const pack = readPack('iserlohn');
    assert.ok(pack.datasets.some((dataset) => dataset.state === 'draft'));
    assert.ok(pack.datasets.some((dataset) => dataset.private));
    const csv = files(pack).filter((resource) => resource.datastore);
    const texts = csv.map((resource) => decode(readFileSync(resolve(packDir('iserlohn'), 'opendata', resource.file))));
    assert.deepEqual(new Set(texts.map((text) => text.encoding)), new Set(['utf-8', 'utf-8 with BOM', 'windows-1252']));
    assert.ok(
      texts.some(({ text }) => /;-?\d{1,3}(\.\d{3})+,\d{2}(;|\r?\n)/.test(text)),
      'amounts with thousands points and decimal commas',
    );
    const years = (dates: string[]) => new Set(dates.map((date) => date.slice(0, 4)));
    assert.deepEqual([...years(pack.datasets.flatMap((dataset) => [dataset.issued, dataset.modified]))].sort(), [
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });
});

describe('the open-data pack schema', () => {
  const valid = readJson(resolve(packDir('menden'), 'opendata.json')) as OpendataPack;
  const issues = (pack: unknown) => opendataPackSchema.safeParse(pack).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('names an unknown organisation and a recorded run that does not match the datasets it brought', () => {
    const [first, ...rest] = valid.datasets;
    const found = issues({
      ...valid,
      datasets: [{ ...first, organization: 'stadtkaemmerei', harvestedFrom: valid.harvestSources[0]!.name, originRef: 'x' }, ...rest],
    });
    assert.ok(
      found.includes(
        `datasets.0.organization: names no organisation of this file (${valid.organizations.map((organization) => organization.name).join(', ')})`,
      ),
      found.join('\n'),
    );
    assert.ok(found.includes('harvestSources.0.recordedRun: created + updated must be 3, the datasets it brought'), found.join('\n'));
    assert.deepEqual(issues(valid), []);
  });

  it('takes licence ids of dcat-ap.de only, not the codes of other lists', () => {
    const [first, ...rest] = valid.datasets;
    assert.deepEqual(
      issues({ ...valid, datasets: [{ ...first, licenseId: 'cc-by-4.0' }, ...rest] }).map((issue) => issue.split(':')[0]),
      ['datasets.0.licenseId'],
    );
  });

  it('refuses a resource with neither file nor link, and a DataStore load of a GeoJSON file', () => {
    const dataset = valid.datasets[0]!;
    const resources = [
      { name: 'Leer', format: 'CSV' },
      { name: 'Karte', format: 'GEOJSON', file: 'karte.geojson', datastore: true },
    ];
    const found = issues({ ...valid, datasets: [{ ...dataset, resources }] });
    assert.ok(found.includes('datasets.0.resources.0.file: needs either a file or a url'), found.join('\n'));
    assert.ok(found.includes('datasets.0.resources.1.datastore: only a CSV file can be loaded into the DataStore'), found.join('\n'));
  });
});
