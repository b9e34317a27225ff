import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { ConfigError, loadConfig } from '../../kernel/config';
import { mailOutbox } from '../../kernel/mail';
import { MODULES } from '../../registry';
import type { LegalSettings } from './settings';
import { writeMunicipalityFile } from './test-support';

/** A Bavarian town: every state-specific word comes from the `legal` block of its municipality file. */
const BAVARIA: LegalSettings = {
  dataProtection: {
    basis: 'Art. 4 Abs. 1 Bayerisches Datenschutzgesetz (BayDSG)',
    lawUrl: 'https://www.gesetze-bayern.de/Content/Document/BayDSG',
    authority: {
      name: 'Der Bayerische Landesbeauftragte für den Datenschutz',
      address: 'Wagmüllerstraße 18, 80538 München',
      website: 'https://www.datenschutz-bayern.de',
      email: 'poststelle@datenschutz-bayern.de',
    },
  },
  accessibility: {
    law: { name: 'Bayerisches Behindertengleichstellungsgesetz (BayBGG)', url: 'https://www.gesetze-bayern.de/Content/Document/BayBGG' },
    regulation: { name: 'Bayerische Barrierefreie Informationstechnik-Verordnung (BayBITV)', shortName: 'BayBITV' },
    answerPeriod: 'einem Monat',
    enforcementBasis: 'Art. 13 BayBGG',
    interpreterBasis: 'Art. 11 BayBGG',
    enforcementBody: {
      name: 'Durchsetzungsstelle für barrierefreie Informationstechnik Bayern',
      address: 'Winzererstraße 9, 80797 München',
      website: 'https://www.barrierefreiheit.bayern.de',
      email: 'durchsetzung@barrierefreiheit.bayern.de',
    },
  },
};

const LEGAL_PAGES = ['/impressum', '/datenschutz', '/barrierefreiheit', '/barrierefreiheit/barriere-melden', '/gebaerdensprache'];

describe('legal texts of another federal state (legal block of the municipality file)', () => {
  let t: TestApp;
  before(async () => {
    const { file } = writeMunicipalityFile((m) => ({
      ...m,
      name: 'Musterstadt',
      officialName: 'Stadt Musterstadt',
      state: 'Bayern',
      address: { street: 'Rathausplatz 1', postalCode: '90000', city: 'Musterstadt' },
      imprint: { representedBy: 'den Ersten Bürgermeister', supervisoryAuthority: 'Landratsamt Musterkreis' },
      legal: BAVARIA,
    }));
    t = await createTestApp({ env: { CONFIG_FILE: file } });
  });
  after(() => t.close());

  it('names no North Rhine-Westphalian law or body on any legal page', async () => {
    for (const path of LEGAL_PAGES) {
      const { statusCode, body } = await t.app.inject(path);
      assert.equal(statusCode, 200, path);
      assert.doesNotMatch(body, /NRW|Nordrhein-Westfalen|LDI|Ombudsstelle/, path);
    }
  });

  it('Datenschutz names the Bavarian legal basis with its link and the Bavarian supervisory authority', async () => {
    const { body } = await t.app.inject('/datenschutz');
    assert.match(
      body,
      /Artikel 6 Absatz 1 Buchstabe e DSGVO in Verbindung mit <a href="https:\/\/www\.gesetze-bayern\.de\/Content\/Document\/BayDSG">Art\. 4 Abs\. 1 Bayerisches Datenschutzgesetz \(BayDSG\)<\/a>\./,
    );
    for (const value of [
      'Der Bayerische Landesbeauftragte für den Datenschutz',
      'Wagmüllerstraße 18, 80538 München',
      'mailto:poststelle@datenschutz-bayern.de',
      'href="https://www.datenschutz-bayern.de"',
    ]) {
      assert.ok(body.includes(value), value);
    }
  });

  it('Barrierefreiheit names the Bavarian law and regulation with links, the answer period and the enforcement body with its address', async () => {
    const { body } = await t.app.inject('/barrierefreiheit');
    assert.match(
      body,
      /<li><a href="https:\/\/www\.gesetze-bayern\.de\/Content\/Document\/BayBGG">Bayerisches Behindertengleichstellungsgesetz \(BayBGG\)<\/a><\/li>/,
    );
    assert.match(body, /<li>Bayerische Barrierefreie Informationstechnik-Verordnung \(BayBITV\)<\/li>/);
    assert.match(body, /Die Anforderungen stehen in der BayBITV\./);
    assert.match(body, /spätestens innerhalb von einem Monat/);
    assert.match(body, /Durchsetzungsstelle für barrierefreie Informationstechnik Bayern wenden \(Art\. 13 BayBGG\)/);
    assert.ok(body.includes('Winzererstraße 9, 80797 München'));
    assert.ok(body.includes('mailto:durchsetzung@barrierefreiheit.bayern.de'));
  });

  it('Gebärdensprache and the receipt of a barrier report use the Bavarian words too', async () => {
    assert.match((await t.app.inject('/gebaerdensprache')).body, /kostenlos \(Art\. 11 BayBGG\)/);
    const sent = await t.client().submit('/barrierefreiheit/barriere-melden', { description: 'Der Kontrast ist zu schwach.', contact: 'person@example.org' });
    assert.equal(sent.statusCode, 303);
    const mails = await t.db.select().from(mailOutbox).orderBy(mailOutbox.id);
    const text = mails.map((mail) => mail.textBody).join('\n');
    assert.match(text, /innerhalb von einem Monat \(BayBITV\)/);
    assert.match(text, /Durchsetzungsstelle für barrierefreie Informationstechnik Bayern/);
    assert.doesNotMatch(text, /NRW|Nordrhein-Westfalen|Ombudsstelle/);
  });
});

describe('the legal block is validated at start', () => {
  function problemsOf(legal: unknown): string[] {
    const { file } = writeMunicipalityFile((m) => ({ ...m, legal }));
    try {
      loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'stadtportal-legal-')), CONFIG_FILE: file }, MODULES);
    } catch (error) {
      assert.ok(error instanceof ConfigError, String(error));
      return error.problems;
    }
    assert.fail('the configuration was accepted');
  }

  it('names each wrong or missing word in German, with the file and the key', () => {
    const problems = problemsOf({
      dataProtection: { basis: '', authority: { name: 'Aufsicht', address: 'Straße 1', website: 'keine-adresse', email: 'kein-at' } },
      accessibility: { law: { name: 'Gesetz' } },
    });
    const expected = [
      /municipality\.json: legal\.dataProtection\.basis: Geben Sie die Rechtsgrundlage nach Landesrecht \(dataProtection\.basis\) an\.$/,
      /municipality\.json: legal\.dataProtection\.authority\.website: Geben Sie die Web-Adresse der Aufsichtsbehörde für den Datenschutz \(dataProtection\.authority\) an, zum Beispiel https:\/\/www\.example\.de\.$/,
      /municipality\.json: legal\.dataProtection\.authority\.email: Geben Sie die E-Mail-Adresse der Aufsichtsbehörde für den Datenschutz \(dataProtection\.authority\) im richtigen Format an/,
      /municipality\.json: legal\.accessibility\.regulation: Geben Sie accessibility\.regulation mit name und shortName/,
    ];
    for (const pattern of expected) {
      assert.ok(
        problems.some((problem) => pattern.test(problem)),
        `${pattern} in:\n${problems.join('\n')}`,
      );
    }
    assert.deepEqual(
      problemsOf('Bayern').map((problem) => problem.replace(/^.*municipality\.json: /, '')),
      ['legal: legal muss ein Objekt mit dataProtection und accessibility sein.'],
    );
  });

  it('accepts a municipality file without the block (Nordrhein-Westfalen is built in)', () => {
    const { file } = writeMunicipalityFile((m) => m);
    const config = loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'stadtportal-legal-')), CONFIG_FILE: file }, MODULES);
    assert.equal(config.settings['site.legal'], undefined);
  });
});
