import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, moduleSettings, PROJECT_ROOT } from '../../kernel/config';
import { participationModule } from './index';
import { participationSettings } from './settings';

/** Iserlohn's municipality file with a `participation` key of the test's choosing, loaded with this module's settings. */
function load(participation: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'stadtportal-participation-'));
  const municipality = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'config/iserlohn.json'), 'utf8')) as { logo: { file: string } };
  copyFileSync(resolve(PROJECT_ROOT, 'config', municipality.logo.file), join(dir, municipality.logo.file));
  const file = join(dir, 'municipality.json');
  writeFileSync(file, JSON.stringify(participation === undefined ? municipality : { ...municipality, participation }));
  const config = loadConfig({ DATA_DIR: dir, CONFIG_FILE: file }, [participationModule], { someModulesOnly: true });
  return moduleSettings({ config }, participationSettings);
}

function problems(participation: unknown): string[] {
  try {
    load(participation);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  return assert.fail('the configuration was accepted');
}

describe('participation settings (the municipality file)', () => {
  it('pre-moderates ideas and post-moderates comments unless told otherwise', () => {
    assert.deepEqual(load(undefined), { preModerateIdeas: true, preModerateComments: false, blockedWords: [] });
  });

  it('takes true/false for both, or each on its own, and blocked words in lower case', () => {
    assert.deepEqual(load({ preModeration: false }), { preModerateIdeas: false, preModerateComments: false, blockedWords: [] });
    assert.deepEqual(load({ preModeration: true }), { preModerateIdeas: true, preModerateComments: true, blockedWords: [] });
    assert.deepEqual(load({ preModeration: { comments: true }, blockedWords: ['Depp'] }), {
      preModerateIdeas: true,
      preModerateComments: true,
      blockedWords: ['depp'],
    });
  });

  it('lists a wrong or unknown key with its path at start', () => {
    assert.match(problems({ preModeration: 'ja' }).join('\n'), /participation\.preModeration/);
    assert.match(problems({ preModeration: { idea: true } }).join('\n'), /participation\.preModeration/);
    assert.match(problems({ blockedWords: ['x'] }).join('\n'), /participation\.blockedWords\.0/);
    assert.match(problems({ premoderation: true }).join('\n'), /participation/);
  });
});
