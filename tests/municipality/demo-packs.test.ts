import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, PROJECT_ROOT, type Config } from '../../src/kernel/config';
import { DemoPackError, readDemoPack } from '../../src/kernel/config/demo-pack';
import { demoLogins } from '../../src/modules/admin';
import { applicationsPackSchema } from '../../src/modules/applications/testing';
import { DEMO_FORM_KEYS } from '../../src/modules/forms';
import { DEMO_FORMS, fillTownWords, townWords } from '../../src/modules/forms/testing';
import { demoServices, readServicesPack } from '../../src/modules/services/testing';
import { readVhsPack } from '../../src/modules/vhs/testing';
import { readCouncilPack } from '../../src/modules/council';
import { MODULES } from '../../src/registry';

/** Every municipality file shipped in config/ with its pack: valid, complete, and in its own words. */
const CONFIG_DIR = resolve(PROJECT_ROOT, 'config');
// Beside the municipality files: their street lists (`map.streets`), which are not municipalities.
const municipalities = readdirSync(CONFIG_DIR).filter((file) => file.endsWith('.json') && !file.endsWith('-streets.json'));

function configOf(file: string): Config {
  return loadConfig(
    { NODE_ENV: 'test', APP_SECRET: 'test-secret-test-secret-test-secret-0123', DATA_DIR: mkdtempSync(join(tmpdir(), 'stadtportal-pack-')), CONFIG_FILE: file },
    MODULES,
  );
}

describe('demo packs', () => {
  it('ships Iserlohn and a second municipality', () => {
    assert.ok(municipalities.includes('iserlohn.json'));
    assert.ok(municipalities.length >= 2, municipalities.join(', '));
  });

  for (const file of municipalities) {
    it(`${file}: its pack is valid, has a form for every online Leistung and names no other town`, () => {
      const config = configOf(join(CONFIG_DIR, file));
      const services = demoServices(config);
      assert.ok(services.length >= 30, `${services.length} Leistungen`);
      const online = services
        .filter((service) => service.onlineApplication)
        .map((service) => service.slug)
        .sort();
      assert.deepEqual(online, [...DEMO_FORM_KEYS].sort(), 'every online Leistung has its demo form and the other way round');
      const words = townWords(config)!;
      for (const key of DEMO_FORM_KEYS) assert.doesNotMatch(JSON.stringify(fillTownWords(DEMO_FORMS[key], words, key)), /\{\{/);
      const logins = demoLogins(config)!;
      const pack = readDemoPack(config, 'applications', applicationsPackSchema)!;
      assert.ok(logins.accounts.some((account) => account.email === pack.citizenEmail && account.role === 'citizen'));
      assert.ok(logins.accounts.some((account) => account.email === pack.staffEmail && account.role === 'staff'));
      // The pack speaks of its own town only: no other shipped municipality's name appears in it
      // (street names after a neighbour town, like Iserlohn's "Mendener Straße", are local words).
      const others = municipalities.filter((other) => other !== file).map((other) => configOf(join(CONFIG_DIR, other)).municipality.name.split(' ')[0]!);
      // vhs: a semester with a webinar, a full course and a cancelled one (the catalogue's demo needs each).
      const vhs = readVhsPack(config)!;
      assert.ok(vhs.courses.length >= 10, `${vhs.courses.length} VHS courses`);
      assert.ok(vhs.courses.some((course) => course.format === 'online'));
      assert.ok(vhs.courses.some((course) => course.seatsTaken === course.maxParticipants));
      assert.ok(vhs.courses.some((course) => course.cancellationReason));
      // council: the Rat, its Gremien and the subjects of its papers.
      const council = readCouncilPack(config)!;
      assert.ok(council.gremien.some((gremium) => gremium.classification === 'Rat'));
      const text = JSON.stringify([readServicesPack(config), logins, pack, words, vhs, council]);
      for (const other of others) assert.ok(!text.replaceAll(`${other}er Straße`, '').includes(other), `${file}'s pack names ${other}`);
    });
  }

  it('names the file and the field of an invalid pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtportal-badpack-'));
    mkdirSync(join(dir, 'demo/kaputt'), { recursive: true });
    copyFileSync(join(CONFIG_DIR, 'iserlohn-logo.svg'), join(dir, 'iserlohn-logo.svg'));
    writeFileSync(join(dir, 'demo/kaputt/services.json'), JSON.stringify({ departments: [], services: [] }));
    const config = { ...configOf(join(CONFIG_DIR, 'iserlohn.json')), configDir: dir };
    config.municipality = { ...config.municipality, demoPack: 'kaputt' };
    assert.throws(
      () => readServicesPack(config),
      (error: Error) => error instanceof DemoPackError && /kaputt\/services\.json: departments/.test(error.message),
    );
    assert.equal(demoLogins(config), undefined, 'a pack without admin.json seeds no accounts');
    assert.throws(() => readServicesPack({ ...config, municipality: { ...config.municipality, demoPack: 'fehlt' } }), /Demo-Paket "fehlt" nicht gefunden/);
  });
});
