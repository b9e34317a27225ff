import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { misspelledEnvProblems } from './misspelled-env';
import { problemsOf } from './test-support';

const KNOWN = ['DATABASE_URL', 'APP_SECRET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'LOG_LEVEL', 'HOST', 'PORT'];

describe('misspelled environment variables', () => {
  it('names a near miss of an unset variable and the one it probably meant', () => {
    assert.deepEqual(misspelledEnvProblems({ DATABSE_URL: 'postgres://db/portal', app_secret: 'x'.repeat(40), LOGLEVEL: 'warn' }, KNOWN), [
      'DATABSE_URL: unbekannte Umgebungsvariable – meinten Sie DATABASE_URL? (DATABASE_URL ist nicht gesetzt)',
      'LOGLEVEL: unbekannte Umgebungsvariable – meinten Sie LOG_LEVEL? (LOG_LEVEL ist nicht gesetzt)',
      'app_secret: unbekannte Umgebungsvariable – meinten Sie APP_SECRET? (APP_SECRET ist nicht gesetzt)',
    ]);
  });

  it("leaves other programs' variables alone, and a near miss of a variable that is set", () => {
    const environment = {
      HOME: '/root',
      HOSTNAME: 'portal-1',
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: 'AKIA',
      DATABASE_HOST: 'db',
      DATABASE_PORT: '5432',
      NODE_OPTIONS: '--max-old-space-size=2048',
      DATABASE_URL: 'postgres://db/portal',
      DATABASE_URI: 'postgres://db/other',
    };
    assert.deepEqual(misspelledEnvProblems(environment, KNOWN), []);
  });

  it('refuses the start with every other problem of the configuration', () => {
    const problems = problemsOf({ DATABSE_URL: 'postgres://db/portal', PORT: 'achtzig' });
    assert.ok(problems.some((problem) => problem.startsWith('DATABSE_URL: unbekannte Umgebungsvariable – meinten Sie DATABASE_URL?')));
    assert.ok(problems.some((problem) => problem.startsWith('PORT: ')));
  });
});
