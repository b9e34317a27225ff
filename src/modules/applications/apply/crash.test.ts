import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { moduleDeps } from '../../../bootstrap';
import { createSession, createUser } from '../../../kernel/auth';
import { loadConfig } from '../../../kernel/config';
import { openPglite, queryRows } from '../../../kernel/db';
import { MODULES } from '../../../registry';
import { findHiddenValue } from '../../../../tests/support/html';
import { freePort, freshDataDir, spawnServer, stopServer, waitUntilHealthy } from '../../../../tests/support/server-process';
import { demoExamples, findPublishedForm } from '../../forms';
import { findServiceForApplication } from '../../services';
import { insertDraft, saveDraftAnswers } from './index';

const DRAFTS = 12;
const SECRET = 'crash-test-secret-crash-test-secret-0123';

interface Prepared {
  cookie: string;
  ids: string[];
  keys: string[];
}

/** Complete drafts of one citizen, written while no server runs (PGlite admits one process). */
async function prepare(dataDir: string): Promise<Prepared> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, APP_SECRET: SECRET, LOG_LEVEL: 'silent', DEMO_DATA: 'false' }, MODULES);
  const handle = await openPglite(join(dataDir, 'pglite'));
  try {
    const deps = moduleDeps(config, handle, MODULES);
    for (const module of MODULES.filter((candidate) => ['services', 'forms'].includes(candidate.id))) await module.seedDemo?.(deps);
    const user = await createUser(handle.db, { email: 'erika@example.org', displayName: 'Erika Mustermann', role: 'citizen', emailVerified: true });
    const form = (await findPublishedForm(handle.db, 'maengelmeldung'))!;
    const service = (await findServiceForApplication(handle.db, 'maengelmeldung'))!;
    // Without photos: the drafts have no uploads, so the example's attachment ids must not be used.
    const answers = { ...demoExamples().maengelmeldung.answers };
    delete answers.photos;
    const drafts = [];
    for (let i = 0; i < DRAFTS; i += 1) {
      const draft = await insertDraft(handle.db, {
        serviceSlug: service.slug,
        departmentId: service.departmentId,
        formVersionId: form.id,
        applicantId: user.id,
        applicantName: user.displayName,
        applicantEmail: user.email,
      });
      await saveDraftAnswers(handle.db, draft.id, answers, 0);
      drafts.push(draft);
    }
    return {
      cookie: `sp_session=${await createSession(handle.db, user.id)}`,
      ids: drafts.map((draft) => draft.id),
      keys: drafts.map((draft) => draft.submissionKey),
    };
  } finally {
    await handle.close();
  }
}

describe('a server killed during submissions', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('loses no application whose confirmation was sent (SIGKILL while submissions run)', async () => {
    const dataDir = await freshDataDir({ migrated: true });
    dirs.push(dataDir);
    const prepared = await prepare(dataDir);
    const server = spawnServer({ dataDir, port: await freePort(), env: { APP_SECRET: SECRET, DEMO_DATA: 'false', JOBS: 'false' } });
    try {
      await waitUntilHealthy(server);
      const check = await fetch(server.url(`/antraege/${prepared.ids[0]}/pruefen`), { headers: { cookie: prepared.cookie } });
      const csrf = findHiddenValue(await check.text(), '_csrf');
      assert.ok(csrf, `check page ${check.status} carries a CSRF token`);

      let killed = false;
      const confirmed: string[] = [];
      await Promise.all(
        prepared.ids.map(async (id, index) => {
          const body = new URLSearchParams({ _csrf: csrf, submissionKey: prepared.keys[index]!, declaration: 'ja' });
          try {
            const response = await fetch(server.url(`/antraege/${id}/absenden`), {
              method: 'POST',
              headers: { cookie: prepared.cookie, 'content-type': 'application/x-www-form-urlencoded' },
              body,
              redirect: 'manual',
            });
            if (response.status === 303 && !killed) confirmed.push(id);
            // The first confirmation ends the server: everything in flight dies with it.
            if (response.status === 303 && !killed) {
              killed = true;
              server.child.kill('SIGKILL');
            }
          } catch {
            // connection reset by the kill: not acknowledged, may or may not be stored
          }
        }),
      );
      await server.exited;
      assert.ok(confirmed.length >= 1, 'at least one submission was acknowledged before the kill');

      const handle = await openPglite(join(dataDir, 'pglite'));
      try {
        const rows = await queryRows<{ id: string; status: string; reference: string | null; events: number }>(
          handle.db,
          sql`select a.id, a.status, a.reference, (select count(*)::int from application_events e where e.application_id = a.id) as events from applications a`,
        );
        for (const id of confirmed) {
          const row = rows.find((candidate) => candidate.id === id);
          assert.equal(row?.status, 'submitted', `acknowledged application ${id} is stored as submitted`);
          assert.match(row!.reference ?? '', /^ISN-\d{4}-\d{6}$/);
        }
        // All or nothing per application: no half-submitted rows (status without reference or event).
        for (const row of rows) assert.equal(row.status === 'submitted', row.reference !== null && row.events === 1, JSON.stringify(row));
      } finally {
        await handle.close();
      }
    } finally {
      await stopServer(server);
    }
  });
});
