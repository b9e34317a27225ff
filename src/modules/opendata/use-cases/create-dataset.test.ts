import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { actorOf, personWith, staffMember } from '../../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { listRevisions } from '../repository/datasets';
import { addMember, createOrganization } from '../test-support';
import { createDataset } from './create-dataset';

const FIELDS = {
  name: 'parkhaeuser',
  title: 'Parkhäuser',
  licenseId: 'dl-by-de/2.0',
  contactName: 'Verkehrsplanung',
  contactEmail: 'verkehr@iserlohn.example',
};

describe('opendata: creating a dataset', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  beforeEach(() => t.reset());
  after(() => t.close());

  it('lets an editor of the organisation create one, with its first revision', async () => {
    const organization = await createOrganization(t);
    const editor = await staffMember(t, []);
    await addMember(t, organization.id, editor.user.id, 'editor');
    const outcome = await createDataset(actorOf(editor), { organizationId: organization.id, fields: FIELDS }, t.deps);
    assert.equal(outcome.ok, true);
    if (!outcome.ok) return;
    assert.equal(outcome.dataset.state, 'draft');
    assert.deepEqual(
      (await listRevisions(t.deps.db, outcome.dataset.id)).map((revision) => revision.change),
      ['created'],
    );
  });

  it('refuses a member without editing rights and staff of another organisation as if it did not exist', async () => {
    const organization = await createOrganization(t);
    const other = await createOrganization(t);
    const member = await staffMember(t, []);
    await addMember(t, organization.id, member.user.id, 'member');
    await addMember(t, other.id, member.user.id, 'admin');
    await assert.rejects(createDataset(actorOf(member), { organizationId: organization.id, fields: FIELDS }, t.deps), { status: 404 });
  });

  it('answers field errors for bad metadata and a name that is taken', async () => {
    const organization = await createOrganization(t);
    const admin = await personWith(t, 'admin');
    const bad = await createDataset(
      actorOf(admin),
      { organizationId: organization.id, fields: { ...FIELDS, name: 'Park Häuser', contactEmail: 'kein-mail' } },
      t.deps,
    );
    assert.deepEqual(bad.ok ? {} : Object.keys(bad.errors).sort(), ['contactEmail', 'name']);
    await createDataset(actorOf(admin), { organizationId: organization.id, fields: FIELDS }, t.deps);
    const taken = await createDataset(actorOf(admin), { organizationId: organization.id, fields: FIELDS }, t.deps);
    assert.deepEqual(taken.ok ? {} : taken.errors, { name: 'Dieser Kurzname ist schon vergeben. Wählen Sie einen anderen.' });
  });
});
