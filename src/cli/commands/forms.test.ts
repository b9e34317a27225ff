import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { PROJECT_ROOT } from '../../kernel/config';
import { queryRows } from '../../kernel/db';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { cliOn, spawnCli } from './test-support';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/fim');
const XDF2 = join(FIXTURES, 'bewohnerparkausweis-xdf2/S05000058V1.0_xdf2_bewohnerparkausweis.xml');
const FORM_KEY = 'antrag-auf-erteilung-verlaengerung-bewohnerparkausweis';

describe('forms:import-fim', () => {
  let t: TestApp;
  let cli: ReturnType<typeof cliOn>;
  before(async () => {
    t = await createTestApp();
    cli = cliOn(t);
  });
  after(() => t.close());

  it('is the real entry point: exit code 0 and the import report on stdout', async () => {
    const spawned = await spawnCli();
    try {
      const run = await spawned.cli('forms:import-fim', XDF2);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /Entwurf angelegt: Formular „antrag-auf-erteilung-verlaengerung-bewohnerparkausweis“, Version 1/);
    } finally {
      spawned.remove();
    }
  });

  it('asks for the file before opening the database', async () => {
    const run = await cli('forms:import-fim', '--key', 'parken');
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /Geben Sie den Pfad des Stammdatenschemas an/);
  });

  it('imports a schema with the code lists beside it as a draft, then replaces the draft; audited as "cli"', async () => {
    const first = await cli('forms:import-fim', XDF2);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /S05000058 „Antrag auf Erteilung \/ Verlängerung Bewohnerparkausweis“ \(XDatenfelder 2\.0, 6 Codelisten\)/);
    assert.match(first.stdout, /Entwurf angelegt: Formular „antrag-auf-erteilung-verlaengerung-bewohnerparkausweis“, Version 1, 5 Seiten, \d+ Felder\./);
    assert.match(first.stdout, /^- R05000281 „Angaben zur Fahrzeughalterin, zum Fahrzeughalter“: Regel \(Freitext\)/m);
    assert.doesNotMatch(first.stdout, /Codeliste .* liegt nicht vor/, 'the six code lists were found beside the schema');

    const second = await cli(
      'forms:import-fim',
      '--file',
      join(FIXTURES, 'bewohnerparkausweis-xdf3/S05000000058V1.0.0_xdf3_bewohnerparkausweis.xml'),
      '--key',
      FORM_KEY,
    );
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /Entwurf ersetzt: Formular „antrag-auf-erteilung-verlaengerung-bewohnerparkausweis“, Version 1/);

    const broken = await cli('forms:import-fim', '--file', join(FIXTURES, 'not-a-schema/xdatenfelder.xsd'));
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /Fehler: Erwartet wird ein FIM-Stammdatenschema .* XML-Schema-Definition \(XSD\)/);

    const rows = await queryRows<{ status: string; source: string; fim: string; report: number }>(
      t.db,
      sql`select status, source, definition->'fim'->>'schemaId' as fim, jsonb_array_length(import_report) as report from form_versions where form_key = ${FORM_KEY}`,
    );
    assert.deepEqual(
      rows.map((row) => ({ ...row, report: Number(row.report) > 0 })),
      [{ status: 'draft', source: 'fim', fim: 'S05000000058', report: true }],
    );
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, 'forms.draft.imported'));
    assert.equal(entries.length, 2);
    assert.ok(entries.every((entry) => entry.actorLabel === 'cli'));
  });
});
