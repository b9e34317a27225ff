import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { MODULES } from '../../registry';
import type { ModuleManifest } from '../module';
import { ConfigError, defineSettings, loadConfig as loadWith, moduleSettings, PROJECT_ROOT } from './index';
import { assertProblem, ISERLOHN, loadConfig, municipalityFile, problemsOf, tempDir } from './test-support';

const oidcOf = (config: ReturnType<typeof loadConfig>) => config.settings['accounts.oidc'];
const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('loadConfig', () => {
  it('reads a good production environment with PostgreSQL', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      DATA_DIR: tempDir(),
      DATABASE_URL: 'postgres://portal:geheim@db.intern:5432/portal',
      APP_SECRET: SECRET,
      BASE_URL: 'https://portal.iserlohn.de/',
      TRUST_PROXY: 'true',
    });
    assert.equal(config.env, 'production');
    assert.equal(config.port, 8080);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.baseUrl, 'https://portal.iserlohn.de', 'trailing slash removed');
    assert.deepEqual(config.database, { kind: 'postgres', url: 'postgres://portal:geheim@db.intern:5432/portal', poolSize: 10 });
    assert.equal(config.secret, SECRET);
    assert.equal(config.demoData, false, 'no demo content on PostgreSQL unless asked');
    assert.equal(config.trustProxy, true);
    assert.equal(config.jobs, true);
    assert.equal(oidcOf(config), undefined);
    assert.deepEqual(config.mail, { smtpUrl: undefined, from: 'Stadt Iserlohn <info@iserlohn.de>', retentionDays: 30 });
    assert.equal(config.shutdownDrainSeconds, 5, 'production drains 5 s by default');
    assert.equal(config.municipality.gemeindeschluessel, '05962024');
    assert.equal(config.configDir, resolve(PROJECT_ROOT, 'config'));
  });

  it('defaults to PGlite in DATA_DIR with demo data and a generated secret kept in the data directory', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    assert.equal(config.env, 'development');
    assert.equal(config.port, 3000);
    assert.equal(config.baseUrl, 'http://localhost:3000');
    assert.deepEqual(config.database, { kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    assert.equal(config.demoData, true);
    assert.equal(config.shutdownDrainSeconds, 0, 'Ctrl+C in development stops at once');
    assert.ok(config.secret.length >= 32);
    const secretFile = join(dataDir, 'app-secret');
    assert.equal(readFileSync(secretFile, 'utf8'), config.secret);
    assert.equal(statSync(secretFile).mode & 0o777, 0o600, 'only the owner may read the secret');
    assert.equal(loadConfig({ DATA_DIR: dataDir }).secret, config.secret, 'the same secret after a restart (sessions survive)');
  });

  it('accepts a complete OpenID Connect configuration with defaults for label and scope', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), OIDC_ISSUER: 'https://id.example.de/realms/bund', OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'x' });
    assert.deepEqual(oidcOf(config), {
      issuer: 'https://id.example.de/realms/bund',
      clientId: 'portal',
      clientSecret: 'x',
      label: 'Mit BundID anmelden',
      scope: 'openid email profile',
    });
  });

  it('refuses each kind of bad setting with a message naming it', () => {
    assertProblem(problemsOf({ PORT: 'achtzig' }), /^PORT: /);
    assertProblem(problemsOf({ PORT: '70000' }), /^PORT: /);
    assertProblem(
      problemsOf({ CONFIG_FILE: municipalityFile({ state: 'NRW' }) }),
      /municipality\.json: state: muss ein Bundesland sein, geschrieben wie hier: Baden-Württemberg, /,
    );
    assertProblem(problemsOf({ DATABASE_URL: 'mysql://db/portal' }), /^DATABASE_URL: muss mit postgres:\/\/ beginnen/);
    assertProblem(
      problemsOf({ NODE_ENV: 'production', BASE_URL: 'https://portal.example.de' }),
      /^APP_SECRET: fehlt; im Betrieb \(production\) ist ein Geheimnis/,
    );
    assertProblem(problemsOf({ APP_SECRET: 'kurz' }), /^APP_SECRET: muss mindestens 32 Zeichen lang sein/);
    assertProblem(
      problemsOf({ NODE_ENV: 'production', APP_SECRET: SECRET }),
      /^BASE_URL: fehlt; im Betrieb \(production\) ist die öffentliche Adresse Pflicht/,
    );
    assertProblem(
      problemsOf({ OIDC_ISSUER: 'https://id.example.de' }),
      /OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET: nur alle drei zusammen oder keine/,
    );
    assertProblem(problemsOf({ OIDC_CLIENT_ID: 'portal', OIDC_CLIENT_SECRET: 'x' }), /nur alle drei zusammen oder keine/);
    assertProblem(
      problemsOf({
        NODE_ENV: 'production',
        APP_SECRET: SECRET,
        BASE_URL: 'https://portal.example.de',
        OIDC_ISSUER: 'http://id.example.de',
        OIDC_CLIENT_ID: 'portal',
        OIDC_CLIENT_SECRET: 'x',
      }),
      /^OIDC_ISSUER: muss im Betrieb \(production\) eine https-Adresse sein$/,
    );
    assertProblem(problemsOf({ OIDC_ISSUER: 'keine-url' }), /^OIDC_ISSUER: /);
    assertProblem(
      problemsOf({ NODE_ENV: 'production', APP_SECRET: SECRET, BASE_URL: 'https://portal.example.de', PAYMENT_PROVIDERS: 'invoice,test' }),
      /^PAYMENT_PROVIDERS: test ist im Betrieb \(production\) nicht erlaubt$/,
    );
    assertProblem(problemsOf({ PAYMENT_PROVIDERS: 'paypal' }), /^PAYMENT_PROVIDERS: muss invoice und\/oder test nennen/);
    assertProblem(
      problemsOf({ CONFIG_FILE: municipalityFile({ payment: { ...(ISERLOHN.payment as object), iban: 'DE89 3704' } }) }),
      /municipality\.json: payment\.iban: muss eine IBAN ohne Leerzeichen sein$/,
    );
    assertProblem(
      problemsOf({ CONFIG_FILE: municipalityFile({ statePortal: { name: 'Bundesportal', leistungUrl: 'http://example.de' } }) }),
      /municipality\.json: statePortal\.leistungUrl: muss eine https-Adresse mit dem Platzhalter \{leika\} sein$/,
    );
    assertProblem(problemsOf({ CONFIG_FILE: municipalityFile({ legalRemedy: undefined }) }), /municipality\.json: legalRemedy: /);
    assertProblem(problemsOf({ SMTP_URL: 'mail.example.de:25' }), /^SMTP_URL: muss mit smtp:\/\/ oder smtps:\/\/ beginnen/);
    assertProblem(problemsOf({ MAIL_OUTBOX_RETENTION_DAYS: '0' }), /^MAIL_OUTBOX_RETENTION_DAYS: muss mindestens 1 Tag sein$/);
    assertProblem(
      problemsOf({ SMS_PROVIDER_URL: 'https://sms.example.de/v1/messages' }),
      /^SMS_PROVIDER_TOKEN: fehlt; mit SMS_PROVIDER_URL ist das Bearer-Token/,
    );
    assertProblem(problemsOf({ SMS_PROVIDER_URL: 'sms.example.de' }), /^SMS_PROVIDER_URL: muss mit https:\/\/ oder http:\/\/ beginnen/);
    assertProblem(problemsOf({ MAIL_OUTBOX_RETENTION_DAYS: '3651' }), /^MAIL_OUTBOX_RETENTION_DAYS: darf höchstens 3650 Tage sein$/);
    assertProblem(problemsOf({ MAIL_OUTBOX_RETENTION_DAYS: 'dreißig' }), /^MAIL_OUTBOX_RETENTION_DAYS: muss eine ganze Zahl von Tagen sein/);
    assertProblem(problemsOf({ MAIL_OUTBOX_RETENTION_DAYS: '1.5' }), /^MAIL_OUTBOX_RETENTION_DAYS: muss eine ganze Zahl von Tagen sein/);
    assertProblem(problemsOf({ SHUTDOWN_DRAIN_SECONDS: '-1' }), /^SHUTDOWN_DRAIN_SECONDS: darf nicht negativ sein$/);
    assertProblem(problemsOf({ SHUTDOWN_DRAIN_SECONDS: 'kurz' }), /^SHUTDOWN_DRAIN_SECONDS: muss eine ganze Zahl von Sekunden sein/);
    assertProblem(
      problemsOf({ CONFIG_FILE: municipalityFile({ gemeindeschluessel: '5962024' }) }),
      /gemeindeschluessel: muss der achtstellige Amtliche Gemeindeschlüssel sein/,
    );
    assertProblem(
      problemsOf({ CONFIG_FILE: municipalityFile({ theme: { primary: '#7fb2e5', primaryContrast: '#ffffff', accent: '#b3001b' } }) }),
      /theme\.primaryContrast: der Kontrast zu theme\.primary ist 2,\d\d:1, die WCAG verlangen mindestens 4,5:1/,
    );
    assertProblem(problemsOf({ CONFIG_FILE: join(tempDir(), 'fehlt.json') }), /^CONFIG_FILE: die Gemeindedatei .*fehlt\.json gibt es nicht$/);
    const broken = join(tempDir(), 'kaputt.json');
    writeFileSync(broken, '{ "name": ');
    assertProblem(problemsOf({ CONFIG_FILE: broken }), /^CONFIG_FILE: .*kaputt\.json ist kein gültiges JSON/);
  });

  it('lists every problem of the environment and the municipality file in one ConfigError', () => {
    const file = municipalityFile({
      gemeindeschluessel: '059620',
      statePortal: { name: 'Bundesportal', leistungUrl: 'https://example.de' },
      theme: { primary: '#ffcc00', primaryContrast: '#ffffff', accent: '#b3001b' },
    });
    const problems = problemsOf({
      NODE_ENV: 'production',
      PORT: '-1',
      DATABASE_URL: 'mysql://db/portal',
      OIDC_ISSUER: 'https://id.example.de',
      PAYMENT_PROVIDERS: 'test',
      CONFIG_FILE: file,
    });
    assertProblem(problems, /^PORT: /);
    assertProblem(problems, /^DATABASE_URL: /);
    assertProblem(problems, /^APP_SECRET: fehlt; im Betrieb \(production\) ist ein Geheimnis/);
    assertProblem(problems, /^BASE_URL: fehlt; im Betrieb \(production\) ist die öffentliche Adresse Pflicht/);
    assertProblem(problems, /nur alle drei zusammen oder keine/);
    assertProblem(problems, /PAYMENT_PROVIDERS: test ist im Betrieb/);
    assertProblem(problems, /statePortal\.leistungUrl: /);
    assertProblem(problems, /gemeindeschluessel: muss der achtstellige/);
    assertProblem(problems, /theme\.primaryContrast: der Kontrast zu theme\.primary/);
    assertProblem(problems, /theme\.primary: die Farbe färbt Links und Text auf Weiß/);
    assert.equal(problems.length, 10, problems.join('\n'));
  });

  it('keeps the modules settings in the same file format: the Iserlohn file gives every module its settings', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    assert.deepEqual(config.settings['services.statePortal'], ISERLOHN.statePortal);
    assert.deepEqual(config.settings['applications.legalRemedy'], ISERLOHN.legalRemedy);
    assert.deepEqual(config.settings['applications.payments'], { providers: ['invoice', 'test'], recipient: ISERLOHN.payment });
    const production = loadConfig({ NODE_ENV: 'production', DATA_DIR: tempDir(), APP_SECRET: SECRET, BASE_URL: 'https://portal.example.de' });
    assert.deepEqual(
      (production.settings['applications.payments'] as { providers: string[] }).providers,
      ['invoice'],
      'no test provider by default in production',
    );
  });

  it("validates the settings a module declares with the kernel's and hands them to the module typed", () => {
    const weather = defineSettings('weather', {
      env: z.object({
        WEATHER_STATION: z
          .string()
          .regex(/^\d{5}$/, 'must be a 5-digit station id')
          .default('10427'),
      }),
      file: z.object({ weather: z.object({ unit: z.enum(['celsius', 'fahrenheit']) }).default({ unit: 'celsius' }) }),
      resolve: ({ env, file, nodeEnv }, problem) => {
        if (nodeEnv === 'production' && env.WEATHER_STATION === '00000') problem('WEATHER_STATION 00000 is the test station');
        return { station: env.WEATHER_STATION, unit: file.weather.unit };
      },
    });
    const modules: Pick<ModuleManifest, 'settings'>[] = [...MODULES, { settings: [weather] }];
    const config = loadWith({ DATA_DIR: tempDir(), WEATHER_STATION: '10410', CONFIG_FILE: municipalityFile({ weather: { unit: 'fahrenheit' } }) }, modules);
    const settings: { station: string; unit: 'celsius' | 'fahrenheit' } = moduleSettings({ config }, weather);
    assert.deepEqual(settings, { station: '10410', unit: 'fahrenheit' });
    assert.deepEqual(moduleSettings({ config: loadWith({ DATA_DIR: tempDir() }, modules) }, weather), { station: '10427', unit: 'celsius' }, 'defaults');

    const refused = (() => {
      try {
        loadWith({ DATA_DIR: tempDir(), PORT: 'x', WEATHER_STATION: 'Iserlohn', CONFIG_FILE: municipalityFile({ weather: { unit: 'kelvin' } }) }, modules);
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        return error.problems;
      }
      assert.fail('accepted');
    })();
    assertProblem(refused, /^PORT: /);
    assertProblem(refused, /^WEATHER_STATION: must be a 5-digit station id$/);
    assertProblem(refused, /municipality\.json: weather\.unit: /);
    assert.equal(refused.length, 3, refused.join('\n'));
    const production = { NODE_ENV: 'production', DATA_DIR: tempDir(), APP_SECRET: SECRET, BASE_URL: 'https://portal.example.de', WEATHER_STATION: '00000' };
    assert.throws(
      () => loadWith(production, modules),
      (error: ConfigError) => error.problems.includes('WEATHER_STATION 00000 is the test station'),
    );
    assert.throws(
      () => loadWith({ DATA_DIR: tempDir() }, [...modules, { settings: [weather] }]),
      (error: ConfigError) => error.problems.includes('Einstellungen weather werden von zwei Modulen erklärt (Programmfehler)'),
    );
    assert.throws(() => moduleSettings({ config: loadConfig({ DATA_DIR: tempDir() }) }, weather), /settings weather were not loaded/);
  });

  it('does not write a secret into DATA_DIR when the configuration is refused', () => {
    const dataDir = join(tempDir(), 'data');
    problemsOf({ DATA_DIR: dataDir, PORT: 'x' });
    assert.equal(existsSync(join(dataDir, 'app-secret')), false);
  });
});
