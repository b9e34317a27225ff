import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../../kernel/audit';
import { CLI_ACTOR } from '../../admin';
import { createWebhookSubscription } from '../api/use-cases/create-webhook';
import { WEBHOOK_PERMISSION } from '../api/webhook-policies';
import { PATHS } from '../paths';
import { webhookSubscriptions } from '../tables';
import { caseWorker, seedCatalogue } from '../../../../tests/support/applications';
import { citizen, type Person, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

describe('webhooks in the workspace', () => {
  let t: TestApp;
  let department: string;
  let admin: Person;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    department = (await seedCatalogue(t)).departmentId;
    admin = await staffMember(t, [], { role: 'admin', permissions: [] });
  });

  async function webhookRows() {
    return t.db.select().from(webhookSubscriptions);
  }

  async function auditActions(objectId: string): Promise<string[]> {
    return (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.objectId, objectId))).map((row) => row.action);
  }

  it('creates a webhook, shows the secret once with how to verify it, lists it and audits it', async () => {
    await admin.get(PATHS.staffWebhookNew);
    const response = await admin.post(PATHS.staffWebhookNew, { department, url: 'https://fachverfahren.example/hook' });
    assert.equal(response.statusCode, 200, response.body.slice(0, 500));
    assert.equal(response.headers['cache-control'], 'no-store');
    const [row] = await webhookRows();
    assert.ok(row);
    assert.equal(row.departmentId, department);
    assert.ok(response.body.includes(row.secret), 'the secret is on the confirmation page');
    assert.match(response.body, /HMAC-SHA256/);
    assert.deepEqual(await auditActions(row.id), ['applications.webhook_created']);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.objectId, row.id));
    assert.ok(!JSON.stringify(entry?.details).includes(row.secret), 'the secret is not in the audit log');
    const list = await admin.get(PATHS.staffWebhooks);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /https:\/\/fachverfahren\.example\/hook/);
    assert.match(list.body, /aktiv/);
    assert.ok(!list.body.includes(row.secret), 'the list never shows the secret');
  });

  it('answers bad input with 400 and messages at the fields, and creates nothing', async () => {
    await admin.get(PATHS.staffWebhookNew);
    for (const [form, message] of [
      [{ department, url: 'http://fachverfahren.example/hook' }, /muss mit https:\/\/ beginnen/],
      [{ department, url: 'kein Link' }, /vollständige Adresse/],
      [{ department: '', url: 'https://fachverfahren.example/hook' }, /Wählen Sie den Fachbereich aus/],
      [{ department: 'gibt-es-nicht', url: 'https://fachverfahren.example/hook' }, /gibt es nicht/],
    ] as const) {
      const response = await admin.post(PATHS.staffWebhookNew, form);
      assert.equal(response.statusCode, 400, JSON.stringify(form));
      assert.match(response.body, /<title>Fehler: /);
      assert.match(response.body, message);
    }
    const local = await admin.post(PATHS.staffWebhookNew, { department, url: 'http://localhost:8080/hook' });
    assert.equal(local.statusCode, 200, 'http is fine for localhost');
    assert.equal((await webhookRows()).length, 1);
  });

  it('refuses a POST without CSRF token', async () => {
    const response = await admin.post(PATHS.staffWebhookNew, { _csrf: 'falsch', department, url: 'https://fachverfahren.example/hook' });
    assert.equal(response.statusCode, 403);
    assert.equal((await webhookRows()).length, 0);
  });

  it('disables after a confirmation page, once, with an audit entry', async () => {
    const created = await createWebhookSubscription(CLI_ACTOR, { department, url: 'https://fachverfahren.example/hook' }, t);
    assert.ok(created.ok);
    const confirm = await admin.get(PATHS.staffWebhookDisable(created.id));
    assert.equal(confirm.statusCode, 200);
    assert.match(confirm.body, /Webhook abschalten\?/);
    const response = await admin.post(PATHS.staffWebhookDisable(created.id));
    assert.equal(response.statusCode, 303);
    const [row] = await webhookRows();
    assert.ok(row?.disabledAt);
    await admin.get(PATHS.staffWebhooks);
    await admin.post(PATHS.staffWebhookDisable(created.id));
    assert.deepEqual(await auditActions(created.id), ['applications.webhook_created', 'applications.webhook_disabled']);
    assert.equal((await admin.get(PATHS.staffWebhookDisable('kein-uuid'))).statusCode, 404);
  });

  it('answers 404 to everyone without the right; staff with the permission see their departments only', async () => {
    const foreign = await createWebhookSubscription(CLI_ACTOR, { department: 'jugendamt', url: 'https://jugendamt.example/hook' }, t);
    assert.ok(foreign.ok);
    const own = await createWebhookSubscription(CLI_ACTOR, { department, url: 'https://eigenes.example/hook' }, t);
    assert.ok(own.ok);
    const clerk = await caseWorker(t, [department]);
    const citizenA = await citizen(t);
    for (const session of [clerk, citizenA]) {
      for (const url of [PATHS.staffWebhooks, PATHS.staffWebhookNew, PATHS.staffWebhookDisable(own.id)]) {
        assert.equal((await session.get(url)).statusCode, 404, url);
      }
    }
    assert.equal((await t.client().get(PATHS.staffWebhooks)).statusCode, 404);
    await citizenA.get('/barrierefreiheit/barriere-melden');
    assert.equal((await citizenA.post(PATHS.staffWebhookDisable(own.id))).statusCode, 404);
    assert.equal((await webhookRows()).filter((row) => row.disabledAt).length, 0);

    const keeper = await staffMember(t, [department], { permissions: [WEBHOOK_PERMISSION] });
    const list = await keeper.get(PATHS.staffWebhooks);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /eigenes\.example/);
    assert.doesNotMatch(list.body, /jugendamt\.example/);
    assert.equal((await keeper.get(PATHS.staffWebhookDisable(foreign.id))).statusCode, 404);
    const form = await keeper.get(PATHS.staffWebhookNew);
    assert.doesNotMatch(form.body, /value="jugendamt"/, 'only own departments to choose from');
    assert.equal((await keeper.post(PATHS.staffWebhookNew, { department: 'jugendamt', url: 'https://x.example/' })).statusCode, 400);
    assert.equal((await keeper.post(PATHS.staffWebhookDisable(foreign.id))).statusCode, 404);
    assert.equal((await webhookRows()).length, 2);
  });
});
