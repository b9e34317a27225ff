import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTestApp } from '../../../tests/support/test-app';
import { ISERLOHN, municipalityFile, tempDir } from './test-support';

describe("another municipality's configuration", () => {
  it('changes name, theme and logo of the start page: Stadt Menden (Sauerland)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'menden-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Menden</title></svg>');
    const file = municipalityFile(
      {
        name: 'Menden (Sauerland)',
        officialName: 'Stadt Menden (Sauerland)',
        gemeindeschluessel: '05962032',
        regionalschluessel: '059620032032',
        address: { street: 'Neumarkt 5', postalCode: '58706', city: 'Menden (Sauerland)' },
        contact: { phone: '02373 903-0', email: 'info@menden.de', website: 'https://www.menden.de' },
        imprint: {
          representedBy: 'den Bürgermeister der Stadt Menden (Sauerland)',
          supervisoryAuthority: 'Bezirksregierung Arnsberg, Seibertzstraße 1, 59821 Arnsberg',
        },
        dataProtectionOfficer: { name: 'Datenschutzbeauftragter der Stadt Menden', email: 'datenschutz@menden.de' },
        accessibility: { ...(ISERLOHN.accessibility as object), contactEmail: 'barrierefreiheit@menden.de' },
        theme: { primary: '#1b5e20', primaryContrast: '#ffffff', accent: '#8b0000' },
        logo: { file: 'menden-logo.svg', alt: 'Stadt Menden (Sauerland)' },
        referencePrefix: 'MEN',
      },
      dir,
    );
    const t = await createTestApp({ env: { CONFIG_FILE: file } });
    try {
      assert.equal(t.config.municipality.gemeindeschluessel, '05962032');
      assert.equal(t.config.mail.from, 'Stadt Menden (Sauerland) <info@menden.de>');
      const page = await t.app.inject('/');
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes('Stadt Menden (Sauerland)'), 'the official name is on the start page');
      assert.ok(!page.body.includes('Iserlohn'), `nothing of Iserlohn is left on the page: ${page.body.match(/.{40}Iserlohn.{40}/)?.[0]}`);
      const theme = await t.app.inject('/assets/theme.css');
      assert.match(theme.body, /--color-primary:#1b5e20/);
      assert.doesNotMatch(theme.body, /#00477f/);
      const logo = await t.app.inject('/assets/logo');
      assert.equal(logo.headers['content-type'], 'image/svg+xml');
      assert.match(logo.body, /<title>Menden<\/title>/);
    } finally {
      await t.close();
    }
  });
});
