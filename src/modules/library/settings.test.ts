import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, moduleSettings, PROJECT_ROOT } from '../../kernel/config';
import { libraryModule } from './index';
import { librarySettings } from './settings';

/** Menden's municipality file with its `library` key replaced (undefined: left out), loaded with this module's settings. */
function load(library: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-library-'));
  const municipality = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/menden.json'), 'utf8')) as { logo: { file: string }; library?: unknown };
  delete municipality.library;
  copyFileSync(resolve(PROJECT_ROOT, 'config', municipality.logo.file), join(dir, municipality.logo.file));
  const file = join(dir, 'municipality.json');
  writeFileSync(file, JSON.stringify({ ...municipality, library }));
  const config = loadConfig({ DATA_DIR: dir, CONFIG_FILE: file }, [libraryModule], { someModulesOnly: true });
  return moduleSettings({ config }, librarySettings);
}

describe('library settings (the municipality file)', () => {
  it('names the library after the town when the file has no library key, so its mails name the town', () => {
    assert.deepEqual(load(undefined), { name: 'Stadtbücherei Menden (Sauerland)', onleiheUrl: null, branches: [] });
  });

  it('takes the name the file gives', () => {
    assert.equal(load({ name: 'Stadtbücherei Menden' }).name, 'Stadtbücherei Menden');
  });
});
