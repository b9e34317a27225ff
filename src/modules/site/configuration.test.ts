import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mailOutbox } from '../../kernel/mail';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { writeMunicipalityFile } from './test-support';

/** A tiny stand-in for an MP4 file: an `ftyp` box and padding. Serving and ranges do not care what follows. */
function tinyMp4(size = 2048): Buffer {
  const file = Buffer.alloc(size);
  file.writeUInt32BE(24, 0);
  file.write('ftypisom', 4, 'latin1');
  file.writeUInt32BE(0x200, 12);
  file.write('isomiso2', 16, 'latin1');
  return file;
}

const TRANSCRIPT = 'Guten Tag.\n\nIn diesem Video erklären wir das Stadtportal. <b>nicht fett</b>';

describe('site pages come from configuration only', () => {
  let t: TestApp;
  before(async () => {
    const { file, dir } = writeMunicipalityFile((m) => ({
      ...m,
      name: 'Musterhausen',
      officialName: 'Gemeinde Musterhausen',
      state: 'Hessen',
      address: { street: 'Marktplatz 1', postalCode: '12345', city: 'Musterhausen' },
      contact: { phone: '06000 123-0', email: 'rathaus@musterhausen.example', website: 'https://www.musterhausen.example' },
      imprint: { representedBy: 'die Bürgermeisterin', supervisoryAuthority: 'Landrat des Musterkreises' },
      dataProtectionOfficer: { name: 'Datenschutz Musterhausen', email: 'datenschutz@musterhausen.example' },
      accessibility: {
        contactEmail: 'barrieren@musterhausen.example',
        enforcementBody: { name: 'Durchsetzungsstelle Musterland', website: 'https://durchsetzung.musterland.example' },
        lastReviewed: '2027-01-15',
      },
      signLanguageVideos: [
        { title: 'Willkommen im Stadtportal', src: '/media/begruessung.mp4', type: 'video/mp4', transcript: TRANSCRIPT },
        { title: 'Ein Video, dessen Datei fehlt', src: '/media/fehlt.mp4', type: 'video/mp4', transcript: 'Text des fehlenden Videos.' },
        { title: 'Bürgerkonto anlegen', src: 'https://video.musterhausen.example/dgs/konto.mp4', type: 'video/mp4', transcript: 'So legen Sie ein Konto an.' },
      ],
    }));
    mkdirSync(join(dir, 'media'));
    writeFileSync(join(dir, 'media', 'begruessung.mp4'), tinyMp4());
    writeFileSync(join(dir, 'media', '.geheim.mp4'), tinyMp4(64));
    t = await createTestApp({ env: { CONFIG_FILE: file, MAIL_OUTBOX_RETENTION_DAYS: '14' } });
  });
  after(() => t.close());

  it('Impressum shows the other municipality and leaves out a VAT id that is not configured', async () => {
    const { body } = await t.app.inject('/impressum');
    for (const value of ['Gemeinde Musterhausen', 'Marktplatz 1', '12345 Musterhausen', '06000 123-0', 'die Bürgermeisterin', 'Landrat des Musterkreises']) {
      assert.ok(body.includes(value), value);
    }
    assert.doesNotMatch(body, /Iserlohn|Umsatzsteuer/);
  });

  it('Datenschutz names no North Rhine-Westphalian law for another state and names external video hosts', async () => {
    const { body } = await t.app.inject('/datenschutz');
    assert.ok(body.includes('datenschutz@musterhausen.example'));
    assert.doesNotMatch(body, /Nordrhein-Westfalen|NRW|Iserlohn/);
    assert.match(body, /Aufsichtsbehörde für den Datenschutz im Land Hessen/);
    assert.match(body, /video\.musterhausen\.example/);
    assert.match(body, /Versandte E-Mails speichern wir 14 Tage,/, 'the configured MAIL_OUTBOX_RETENTION_DAYS');
  });

  it('Erklärung zur Barrierefreiheit shows the configured date, contact and enforcement body', async () => {
    const { body } = await t.app.inject('/barrierefreiheit');
    assert.match(body, /<time datetime="2027-01-15">15\.01\.2027<\/time>/i);
    assert.ok(body.includes('mailto:barrieren@musterhausen.example'));
    assert.ok(body.includes('Durchsetzungsstelle Musterland'));
    assert.ok(body.includes('https://durchsetzung.musterland.example'));
    assert.match(body, /Sie haben keine Untertitel/);
    assert.doesNotMatch(body, /BITVNRW|BGG NRW|Iserlohn/);
  });

  it('Leichte Sprache and Kontakt use the configured phone and leave out missing opening hours', async () => {
    for (const path of ['/leichte-sprache', '/kontakt']) {
      const { body } = await t.app.inject(path);
      assert.ok(body.includes('06000 123-0'), path);
      assert.ok(body.includes('href="tel:060001230"'), path);
      assert.doesNotMatch(body, /Zu diesen Zeiten sind wir für Sie da/);
    }
  });

  it('Gebärdensprache plays configured videos without autoplay, each with its full transcript, and shows no player for a missing file', async () => {
    const { body } = await t.app.inject('/gebaerdensprache');
    assert.equal(body.match(/<video /g)?.length, 2);
    assert.match(
      body,
      /<video controls preload="none" width="640" height="360" aria-labelledby="video-1-title"><source src="\/media\/begruessung\.mp4" type="video\/mp4"\/>/,
    );
    assert.match(body, /<source src="https:\/\/video\.musterhausen\.example\/dgs\/konto\.mp4" type="video\/mp4"\/>/);
    assert.doesNotMatch(body, /autoplay/);
    assert.doesNotMatch(body, /fehlt\.mp4/);
    assert.match(body, /<h2 id="video-2-title">Ein Video, dessen Datei fehlt<\/h2><p class="inset">Dieses Video ist zurzeit nicht verfügbar/);
    assert.match(body, /<h3>Text zum Video<\/h3><p>Guten Tag\.<\/p><p>In diesem Video erklären wir das Stadtportal\. &lt;b>nicht fett&lt;\/b><\/p>/);
    assert.ok(body.includes('Text des fehlenden Videos.'));
    assert.match(body, /Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher anfordern/);
    assert.doesNotMatch(body, /Zurzeit gibt es hier noch keine Videos/);
  });

  it('serves local media with range requests: 206 Partial Content as video/mp4', async () => {
    const full = await t.app.inject('/media/begruessung.mp4');
    assert.equal(full.statusCode, 200);
    assert.equal(full.headers['content-type'], 'video/mp4');
    assert.equal(full.headers['accept-ranges'], 'bytes');
    assert.equal(full.rawPayload.length, 2048);

    const part = await t.app.inject({ url: '/media/begruessung.mp4', headers: { range: 'bytes=0-99' } });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-type'], 'video/mp4');
    assert.equal(part.headers['content-range'], 'bytes 0-99/2048');
    assert.equal(part.rawPayload.length, 100);
    assert.equal(part.rawPayload.subarray(4, 8).toString('latin1'), 'ftyp');

    const tail = await t.app.inject({ url: '/media/begruessung.mp4', headers: { range: 'bytes=2000-' } });
    assert.equal(tail.statusCode, 206);
    assert.equal(tail.headers['content-range'], 'bytes 2000-2047/2048');

    const unsatisfiable = await t.app.inject({ url: '/media/begruessung.mp4', headers: { range: 'bytes=5000-6000' } });
    assert.equal(unsatisfiable.statusCode, 416);
  });

  it('serves nothing outside the media folder, no dotfiles and no listings', async () => {
    for (const url of ['/media/../municipality.json', '/media/%2e%2e/municipality.json', '/media/.geheim.mp4', '/media/fehlt.mp4']) {
      const response = await t.app.inject(url);
      assert.equal(response.statusCode, 404, url);
    }
    const listing = await t.app.inject('/media/');
    assert.equal(listing.statusCode, 403);
    assert.match(listing.body, /<h1>Keine Berechtigung<\/h1>/);
  });

  it('the CSP allows the configured external video host for media only', async () => {
    const response = await t.app.inject('/gebaerdensprache');
    assert.match(String(response.headers['content-security-policy']), /media-src 'self' https:\/\/video\.musterhausen\.example/);
  });

  it('sends reports to the configured accessibility contact', async () => {
    const response = await t.client().submit('/barrierefreiheit/barriere-melden', { description: 'Test', contact: 'person@example.org' });
    assert.equal(response.statusCode, 303);
    assert.match(String(response.headers.location), /nummer=ISN-BF-/);
    const [mail, receipt] = await t.db.select().from(mailOutbox).orderBy(mailOutbox.id);
    assert.equal(mail?.toAddress, 'barrieren@musterhausen.example');
    assert.match(mail!.textBody, /innerhalb einer angemessenen Frist/);
    assert.match(receipt!.textBody, /Gemeinde Musterhausen/);
    assert.match(receipt!.textBody, /Durchsetzungsstelle Musterland/);
    const confirmation = await t.client().get(String(response.headers.location));
    assert.match(confirmation.body, /Wir antworten Ihnen so bald wie möglich\./);
    assert.doesNotMatch(confirmation.body, /sechs Wochen/);
  });
});
