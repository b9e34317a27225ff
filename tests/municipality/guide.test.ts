import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { municipalityFileSchemas } from '../../src/kernel/config/file-checks';
import { keyPaths } from '../../src/kernel/config/unknown-keys';
import { MODULES } from '../../src/registry';

/** docs/new-municipality.md stays complete: a key or a pack file added to the code without a word in the guide fails here. */
const GUIDE = readFileSync(resolve(PROJECT_ROOT, 'docs/new-municipality.md'), 'utf8');
const PACKS = resolve(PROJECT_ROOT, 'config/demo');

describe('the guide for a new municipality', () => {
  it('explains every key of the municipality file, the kernel’s and every module’s', () => {
    const keys = keyPaths(municipalityFileSchemas(MODULES));
    assert.ok(keys.length > 100 && keys.includes('contact.email') && keys.includes('library.branches[].id'), keys.join(', '));
    assert.deepEqual(
      keys.filter((key) => !GUIDE.includes(`| \`${key}\` |`)),
      [],
      'keys without a row in docs/new-municipality.md',
    );
  });

  it('explains every demo pack file a module reads, and every file the shipped packs hold', () => {
    const parts = MODULES.flatMap((module) => (module.demoPack ?? []).map(({ part }) => `${part}.json`));
    assert.deepEqual(
      parts.filter((file) => !GUIDE.includes(`| \`${file}\` |`)),
      [],
    );
    for (const pack of readdirSync(PACKS)) {
      const files = readdirSync(join(PACKS, pack)).filter((file) => file.endsWith('.json'));
      assert.deepEqual(
        files.filter((file) => !GUIDE.includes(`\`${file}\``)),
        [],
        `files of config/demo/${pack} the guide does not name`,
      );
    }
  });
});
