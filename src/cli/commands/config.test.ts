import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../kernel/config';
import { tempDir } from '../../kernel/config/test-support';
import { programArgs } from '../../../tests/support/programs';
import { MODULES } from '../../registry';
import { runCli } from '../run';

const MENDEN = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/menden.json'), 'utf8')) as Record<string, Record<string, unknown>>;

/** `config:check` in-process with its own environment; it must never open a database. */
async function check(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { out: (text: string) => (stdout += `${text}\n`), err: (text: string) => (stderr += `${text}\n`), env };
  const code = await runCli(['config:check', ...args], io, () => Promise.reject(new Error('config:check opened the database')));
  return { code, stdout, stderr };
}

/**
 * A new municipality's first attempt: Menden's file copied and then got wrong in every way at once:
 * a typo in a key at the top and one inside a block, missing keys, wrong types, bad values in the
 * kernel's keys and in the modules' keys, a logo and a street list that are not there, a demo pack
 * whose files are broken, and bad environment variables.
 */
function brokenTown(): string {
  const dir = tempDir();
  const town: Record<string, unknown> = {
    ...MENDEN,
    nmae: 'Neustadt',
    contact: { phone: '0123 45-0', email: 'info-at-neustadt.example', emial: 'info@neustadt.example' },
    address: { ...MENDEN.address, postalCode: 58706 },
    theme: { ...MENDEN.theme, primary: 'dunkelgrün' },
    accessibility: { ...MENDEN.accessibility, lastReviewed: '2026-13-45' },
    logo: { file: 'neustadt-logo.svg', alt: 'Stadt Neustadt' },
    map: { ...MENDEN.map, streets: 'neustadt-streets.json' },
    demoPack: 'neustadt',
    payment: { ...MENDEN.payment, iban: 'DE53 1234 5678' },
    library: { ...MENDEN.library, branches: [{ id: 'Zentrale Stelle', name: 'Zentrale', address: 'Markt 1' }] },
    appointments: { windowDays: 28, reminderHuor: 16 },
    munincipality: { name: 'Neustadt' },
  };
  delete town.name;
  writeFileSync(join(dir, 'neustadt.json'), JSON.stringify(town, null, 2));
  const pack = join(dir, 'demo/neustadt');
  mkdirSync(pack, { recursive: true });
  for (const part of ['admin', 'forms', 'applications']) copyFileSync(resolve(PROJECT_ROOT, `config/demo/menden/${part}.json`), join(pack, `${part}.json`));
  writeFileSync(join(pack, 'services.json'), JSON.stringify({ departments: 'Bürgeramt', services: [] }));
  writeFileSync(join(pack, 'vhs.json'), '{ "areas": [');
  return join(dir, 'neustadt.json');
}

describe('config:check', () => {
  it('accepts both shipped municipalities and opens no database', async () => {
    for (const town of ['iserlohn', 'menden']) {
      const run = await check({ NODE_ENV: 'test' }, '--config', resolve(PROJECT_ROOT, `config/${town}.json`));
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(
        run.stdout,
        new RegExp(`^Konfiguration in Ordnung: Stadt ${town === 'iserlohn' ? 'Iserlohn' : 'Menden \\(Sauerland\\)'}, Demo-Paket ${town}\\.$`, 'm'),
      );
    }
  });

  it('lists every problem of a broken municipality at once, in German, each with its key', async () => {
    const run = await check(
      { NODE_ENV: 'production', PORT: 'achtzig', DATABASE_URL: 'mysql://db/portal', MAIL_OUTBOX_RETENTION_DAYS: '0' },
      '--config',
      brokenTown(),
    );
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stdout.trim().split('\n');
    const problems = lines.slice(1).map((line) => line.replace(/^ {2}- /, '').replace(/^\S*neustadt\.json: /, ''));
    assert.equal(lines[0], `Die Konfiguration hat ${problems.length} Probleme:`);
    const expected: (string | RegExp)[] = [
      'PORT: muss eine Zahl sein, ist aber keine Zahl',
      'DATABASE_URL: muss mit postgres:// beginnen',
      'MAIL_OUTBOX_RETENTION_DAYS: muss mindestens 1 Tag sein',
      /^APP_SECRET: fehlt; im Betrieb \(production\)/,
      /^BASE_URL: fehlt; im Betrieb \(production\)/,
      'name: fehlt: diese Angabe ist Pflicht',
      'nmae: unbekannter Schlüssel – meinten Sie „name“?',
      'contact.email: keine gültige E-Mail-Adresse',
      'contact.website: fehlt: diese Angabe ist Pflicht',
      'contact.emial: unbekannter Schlüssel – meinten Sie „email“?',
      'address.postalCode: muss ein Text in Anführungszeichen sein, ist aber die Zahl 58706',
      'theme.primary: muss eine Farbe wie #003064 sein',
      'accessibility.lastReviewed: kein gültiges Datum, erwartet JJJJ-MM-TT (z. B. 2026-12-05)',
      /^logo\.file: die Datei neustadt-logo\.svg fehlt \(gesucht in /,
      /^map\.streets: die Straßenliste neustadt-streets\.json fehlt/,
      'payment.iban: muss eine IBAN ohne Leerzeichen sein',
      'library.branches.0.id: muss eine Kennung wie zentrale sein (Kleinbuchstaben, Ziffern, Bindestriche)',
      'appointments.reminderHuor: unbekannter Schlüssel – meinten Sie „reminderHour“?',
      'munincipality: unbekannter Schlüssel',
      /^\S*demo\/neustadt\/services\.json: departments: muss eine Liste \[ … \] sein, ist aber der Text „Bürgeramt“$/,
      /^\S*demo\/neustadt\/vhs\.json ist kein gültiges JSON: /,
    ];
    for (const problem of expected) {
      assert.ok(
        problems.some((line) => (typeof problem === 'string' ? line === problem : problem.test(line))),
        `${String(problem)} in:\n${problems.join('\n')}`,
      );
    }
    assert.equal(problems.length, expected.length, problems.join('\n'));
    // German throughout: none of zod's or the old English messages.
    assert.doesNotMatch(run.stdout, /\b(must|expected|Invalid|required|received)\b/);
  });

  it("names every module's pack file that does not fit, with file and field, in German", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'neustadt.json'),
      JSON.stringify({ ...MENDEN, demoPack: 'leer', logo: { file: resolve(PROJECT_ROOT, 'config/menden-logo.svg'), alt: 'Neustadt' } }),
    );
    mkdirSync(join(dir, 'demo/leer'), { recursive: true });
    const parts = MODULES.flatMap((module) => (module.demoPack ?? []).map(({ part }) => part));
    for (const part of parts) writeFileSync(join(dir, `demo/leer/${part}.json`), JSON.stringify({ unerwartet: true }));
    const run = await check({ NODE_ENV: 'test' }, '--config', join(dir, 'neustadt.json'));
    assert.equal(run.code, 1);
    for (const part of parts) assert.match(run.stdout, new RegExp(`demo/leer/${part}\\.json: [\\w.]+: `), `${part}.json is named with a field`);
    assert.doesNotMatch(run.stdout, /\b(must|expected|Invalid|required|received|needs)\b/);
  });

  it('is the real entry point: npm run cli -- config:check reads the environment and exits 1 with the list on stdout (0 is shown in-process above)', async () => {
    const run = (args: string[], env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number | null; stdout: string }>((done, fail) => {
        const child = spawn(process.execPath, [...programArgs('cli'), 'config:check', ...args], {
          cwd: PROJECT_ROOT,
          env: { PATH: process.env.PATH, ...env },
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout }));
      });
    const bad = await run(['--config', brokenTown()], { NODE_ENV: 'test', PORT: 'achtzig' });
    assert.equal(bad.code, 1, bad.stdout);
    assert.match(bad.stdout, /^Die Konfiguration hat \d+ Probleme:$/m);
    assert.match(bad.stdout, /^ {2}- PORT: muss eine Zahl sein/m);
  });

  it('names a municipality file that is missing or not JSON', async () => {
    const missing = await check({}, '--config', join(tempDir(), 'fehlt.json'));
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /^Die Konfiguration hat ein Problem:\n {2}- CONFIG_FILE: die Gemeindedatei \S*fehlt\.json gibt es nicht\n$/);
    const file = join(tempDir(), 'kaputt.json');
    writeFileSync(file, '{ "name": ');
    const broken = await check({}, '--config', file);
    assert.match(broken.stdout, /CONFIG_FILE: \S*kaputt\.json ist kein gültiges JSON/);
  });
});
