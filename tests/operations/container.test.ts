/**
 * The Containerfile and compose.yaml cannot be built here (no image registry), so CI runs every
 * command they run (.ci/run, section 5). This test keeps the two from drifting apart: each command
 * of the image is in .ci/run word for word, and every variable compose.yaml sets is one the portal reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { findCommand } from '../../src/cli/commands';
import { PROJECT_ROOT } from '../../src/kernel/config';
import { envSchema } from '../../src/kernel/config/schema';

const read = (file: string) => readFileSync(resolve(PROJECT_ROOT, file), 'utf8');
const containerfile = read('Containerfile');
const compose = read('compose.yaml');
const ci = read('.ci/run');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

/** The exec form of an instruction (`CMD [...]`, `HEALTHCHECK ... CMD [...]`) as its arguments. */
function execForm(instruction: RegExp): string[] {
  const line = containerfile.split('\n').find((candidate) => instruction.test(candidate));
  assert.ok(line, `the Containerfile has ${instruction}`);
  const json = line.slice(line.lastIndexOf(' CMD [') + 5);
  return JSON.parse(json) as string[];
}

/** The variables a `KEY=value` list sets (ENV of the Containerfile, the export in .ci/run). */
function envNames(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)([A-Z][A-Z0-9_]*)=/g)].map((match) => match[1]!);
}

/** The keys below `environment:` of a compose service (two-space YAML, as compose.yaml is written). */
function composeEnvironment(service: string): string[] {
  const lines = compose.split('\n');
  const start = lines.indexOf(`  ${service}:`);
  assert.ok(start >= 0, `compose.yaml has the service ${service}`);
  const environment = lines.indexOf('    environment:', start);
  const keys: string[] = [];
  for (const line of lines.slice(environment + 1)) {
    const match = /^ {6}([A-Z][A-Z0-9_]*):/.exec(line);
    if (!match) break;
    keys.push(match[1]!);
  }
  return keys;
}

describe('the container image and compose.yaml: every command is one CI runs', () => {
  it('CMD migrates, then starts, through the npm scripts CI runs word for word', () => {
    const [shell, flag, command] = execForm(/^CMD \[/);
    assert.deepEqual([shell, flag], ['sh', '-c']);
    assert.equal(command, 'npm run migrate:prod && exec npm run start:prod');
    assert.ok(ci.includes(`sh -c "${command}"`), '.ci/run runs the CMD');
    assert.ok(scripts['migrate:prod'] && scripts['start:prod']);
  });

  it('HEALTHCHECK is a node one-liner that CI runs word for word', () => {
    const [node, flag, script] = execForm(/^HEALTHCHECK .* CMD \[/);
    assert.deepEqual([node, flag], ['node', '-e']);
    assert.match(script!, /\/healthz/);
    assert.ok(ci.includes(`node -e "${script}"`), '.ci/run runs the HEALTHCHECK');
  });

  it('backup and restore run in the image as CI runs them, and the commands exist', () => {
    for (const name of ['backup', 'restore']) {
      assert.ok(findCommand(name), name);
      assert.ok(ci.includes(`node dist/cli.js ${name} `), `.ci/run runs ${name} from the bundle`);
    }
    assert.ok(compose.includes('node dist/cli.js backup '), "compose.yaml's note shows the same command");
    assert.match(containerfile, /apt-get install -y --no-install-recommends postgresql-client/, 'pg_dump and psql are in the image');
  });

  it('the image: node:20-bookworm-slim in both stages, npm ci then --omit=dev, a user that is not root', () => {
    assert.deepEqual(
      containerfile.split('\n').filter((line) => line.startsWith('FROM ')),
      ['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim'],
    );
    assert.match(containerfile, /RUN npm ci --no-audit --no-fund\n/);
    assert.match(containerfile, /RUN npm run build\n/);
    assert.match(containerfile, /RUN npm ci --omit=dev /);
    assert.match(containerfile, /^USER node$/m);
  });

  it("CI sets each variable of the image's ENV, and every variable compose.yaml gives the portal is one it reads", () => {
    const imageEnv = envNames(containerfile.slice(containerfile.indexOf('\nENV ')).split('\nUSER')[0]!);
    assert.ok(imageEnv.includes('NODE_ENV') && imageEnv.includes('DATA_DIR'));
    const ciEnv = envNames(ci.slice(ci.indexOf('export NODE_ENV=production')));
    for (const name of imageEnv) assert.ok(ciEnv.includes(name), `.ci/run sets ${name}`);
    const known = Object.keys(envSchema.shape);
    const portal = composeEnvironment('portal');
    for (const name of ['DATABASE_URL', 'APP_SECRET', 'BASE_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
      assert.ok(portal.includes(name), `compose.yaml sets ${name}`);
    }
    for (const name of portal) assert.ok(known.includes(name), `${name} is a variable of the configuration (src/kernel/config/schema.ts)`);
  });

  it('compose.yaml: PostgreSQL 15 with pg_isready, an S3 store and a bucket made before the portal starts', () => {
    assert.match(compose, /image: docker\.io\/library\/postgres:15-bookworm/);
    assert.match(compose, /test: \['CMD-SHELL', 'pg_isready -U stadtportal -d stadtportal'\]/);
    assert.match(compose, /mc mb --ignore-existing local\/stadtportal/);
    assert.match(compose, /postgres:\n {8}condition: service_healthy\n {6}bucket:\n {8}condition: service_completed_successfully/);
  });
});
