import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { auditLog } from '../../kernel/audit';
import { createUser, type CurrentUser } from '../../kernel/auth';
import { errorSummary, tableRows } from '../../../tests/support/html';
import { personWith, type Person } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { formDefinitionSchema } from './definition';
import { EDITOR_PATHS } from './paths';
import { findDraft, findVersionByNumber, insertDraft, publishDraftVersion, updateDraft } from './repository';
import { EDIT_FORMS_PERMISSION } from './policies';
import { saveImportedDraft } from './use-cases/save-imported-draft';

const KEY = 'hund-anmelden';
const definition = formDefinitionSchema.parse({
  schemaVersion: 1,
  title: 'Hund anmelden',
  declaration: 'Ich versichere, dass meine Angaben stimmen.',
  pages: [
    {
      id: 'dog',
      title: 'Ihr Hund',
      items: [
        { kind: 'field', id: 'dogName', label: 'Name des Hundes', type: 'text', required: true },
        {
          kind: 'field',
          id: 'breed',
          label: 'Rasse',
          type: 'radio',
          options: [
            { value: 'mix', label: 'Mischling' },
            { value: 'other', label: 'Andere Rasse' },
          ],
        },
        { kind: 'field', id: 'breedName', label: 'Name der Rasse', type: 'text', visibleIf: { field: 'breed', equals: 'other' } },
      ],
    },
    {
      id: 'owner',
      title: 'Halterin oder Halter',
      items: [
        { kind: 'field', id: 'ownerName', label: 'Ihr Name', type: 'text', autocomplete: 'name' },
        {
          kind: 'group',
          id: 'others',
          label: 'Weitere Halter',
          repeat: { min: 0, max: 3, itemLabel: 'Eintrag' },
          fields: [{ kind: 'field', id: 'otherName', label: 'Name', type: 'text' }],
        },
      ],
    },
  ],
});

describe('form editor', () => {
  let t: TestApp;
  let editor: Person;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const first = await insertDraft(t.db, {
      formKey: KEY,
      definition,
      source: 'manual',
      importReport: null,
      createdBy: (await createUser(t.db, { email: 'seed@example.org', displayName: 'Seed', role: 'staff', emailVerified: true })).id,
    });
    await publishDraftVersion(t.db, first.id, KEY, first.id);
    editor = await personWith(t, 'staff', { permissions: [EDIT_FORMS_PERMISSION] });
  });

  const draftUrl = EDITOR_PATHS.draft(KEY);
  async function startDraft() {
    await editor.get(EDITOR_PATHS.form(KEY));
    const created = await editor.post(EDITOR_PATHS.form(KEY));
    assert.equal(created.statusCode, 303);
    assert.equal(created.headers.location, draftUrl);
    await editor.get(draftUrl);
  }
  const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

  it('answers 404 to staff without the permission, on every page and action', async () => {
    const other = await personWith(t, 'staff');
    await other.get('/');
    for (const url of [
      EDITOR_PATHS.list,
      EDITOR_PATHS.form(KEY),
      draftUrl,
      EDITOR_PATHS.preview(KEY),
      EDITOR_PATHS.publish(KEY),
      EDITOR_PATHS.version(KEY, 1),
    ]) {
      assert.equal((await other.get(url)).statusCode, 404, url);
    }
    for (const url of [EDITOR_PATHS.form(KEY), EDITOR_PATHS.publish(KEY), draftUrl]) {
      assert.equal((await other.post(url, { op: 'texts', title: 'X', declaration: 'Y' })).statusCode, 404, url);
    }
    const citizen = await personWith(t, 'citizen');
    assert.equal((await citizen.get(EDITOR_PATHS.list)).statusCode, 404);
    assert.notEqual((await t.client().get(EDITOR_PATHS.list)).statusCode, 200, 'visitors see nothing');
    assert.equal(await findVersionByNumber(t.db, KEY, 2), null, 'no draft was made');
  });

  it('answers 404 to version numbers that are no version, also beyond the database integer', async () => {
    assert.equal((await editor.get(EDITOR_PATHS.version(KEY, 1))).statusCode, 200);
    // 2147483648 overflowed PostgreSQL's integer in the lookup: it used to answer 500.
    for (const number of ['2147483648', '99999999999', '1e0', '0x1', '0', '-1']) {
      assert.equal((await editor.get(`${EDITOR_PATHS.form(KEY)}/versionen/${number}`)).statusCode, 404, number);
    }
  });

  it('lists forms with the published version and whether a draft exists', async () => {
    const list = await editor.get(EDITOR_PATHS.list);
    assert.equal(list.statusCode, 200);
    const dogRow = (html: string) =>
      tableRows(html)
        .find((row) => row[1] === 'hund-anmelden')
        ?.slice(0, 4);
    assert.deepEqual(dogRow(list.body), ['Hund anmelden', 'hund-anmelden', '1', 'Nein']);
    assert.match(list.body, /href="\/verwaltung\/formulare\/hund-anmelden"/);
    await startDraft();
    assert.deepEqual(dogRow((await editor.get(EDITOR_PATHS.list)).body), ['Hund anmelden', 'hund-anmelden', '1', 'Ja']);
  });

  it('creates a draft numbered after the newest version, and audits it', async () => {
    await startDraft();
    const draft = await findDraft(t.db, KEY);
    assert.equal(draft?.version, 2);
    assert.deepEqual(draft?.definition, definition);
    assert.equal((await audits('forms.draft.created')).length, 1);
    const again = await editor.post(EDITOR_PATHS.form(KEY));
    assert.equal(again.statusCode, 303, 'a second click opens the same draft');
    assert.equal((await findDraft(t.db, KEY))?.id, draft?.id);
  });

  it('edits texts, fields and options of the draft only; the published version stays as it was', async () => {
    await startDraft();
    assert.equal(
      (await editor.post(draftUrl, { op: 'texts', title: 'Hund an- oder abmelden', intro: 'Für Hunde in Iserlohn.', declaration: 'Stimmt alles.' })).statusCode,
      303,
    );
    await editor.get(draftUrl);
    const saved = await editor.post(draftUrl, {
      op: 'item',
      id: 'breed',
      'item-breed-label': 'Welche Rasse?',
      'item-breed-hint': 'Laut Heimtierausweis',
      'item-breed-required': 'ja',
      'item-breed-options': 'mix|Mischling\nother|Andere Rasse\nlisted|Gelistete Rasse',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${draftUrl}#breed-heading`);
    const draft = (await findDraft(t.db, KEY))!.definition;
    assert.equal(draft.title, 'Hund an- oder abmelden');
    assert.equal(draft.intro, 'Für Hunde in Iserlohn.');
    const breed = draft.pages[0]!.items[1]!;
    assert.ok(breed.kind === 'field');
    assert.deepEqual([breed.label, breed.hint, breed.required, breed.options?.length], ['Welche Rasse?', 'Laut Heimtierausweis', true, 3]);
    assert.deepEqual((await findVersionByNumber(t.db, KEY, 1))?.definition, definition);
    const edits = await audits('forms.draft.edited');
    assert.deepEqual(edits.map((entry) => (entry.details as { op: string }).op).sort(), ['item', 'texts']);
  });

  it('edits the texts of a repeating group: item heading and add button, which an empty input resets to the default', async () => {
    await startDraft();
    const page = await editor.get(draftUrl);
    assert.match(page.body, /name="item-others-itemLabel"[^>]*value="Eintrag"/);
    assert.match(page.body, /Ohne Angabe steht dort „Weiteren Eintrag hinzufügen“\./);
    assert.doesNotMatch(page.body, /name="item-ownerName-itemLabel"/, 'only repeating groups have these inputs');
    const form = {
      op: 'item',
      id: 'others',
      'item-others-label': 'Weitere Halterinnen',
      'item-others-itemLabel': 'Halterin',
      'item-others-addLabel': 'Weitere Halterin hinzufügen',
    };
    assert.equal((await editor.post(draftUrl, form)).statusCode, 303);
    const group = () => findDraft(t.db, KEY).then((draft) => draft!.definition.pages[1]!.items[1]!);
    assert.deepEqual(await group(), {
      ...definition.pages[1]!.items[1]!,
      label: 'Weitere Halterinnen',
      repeat: { min: 0, max: 3, itemLabel: 'Halterin', addLabel: 'Weitere Halterin hinzufügen' },
    });
    const preview = await editor.get(EDITOR_PATHS.preview(KEY, 'owner'));
    assert.match(preview.body, /Halterin hinzufügen/);

    await editor.get(draftUrl);
    assert.equal((await editor.post(draftUrl, { ...form, 'item-others-addLabel': ' ' })).statusCode, 303);
    const reset = await group();
    assert.ok(reset.kind === 'group' && reset.repeat && !('addLabel' in reset.repeat), 'no addLabel: the default applies');

    await editor.get(draftUrl);
    const refused = await editor.post(draftUrl, { ...form, 'item-others-itemLabel': '', 'item-others-addLabel': 'x'.repeat(101) });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /<a href="#item-others-itemLabel">Geben Sie die Bezeichnung eines Eintrags an\.<\/a>/);
    assert.match(refused.body, /<a href="#item-others-addLabel">Der Text der Schaltfläche darf höchstens 100 Zeichen lang sein\.<\/a>/);
  });

  it('shows bad input again with 400, an error summary and the message at the input', async () => {
    await startDraft();
    const empty = await editor.post(draftUrl, { op: 'texts', title: ' ', declaration: 'Stimmt.' });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /<title>Fehler: /);
    assert.ok(errorSummary(empty.body).some((entry) => entry.href === '#title' && entry.text === 'Geben Sie den Titel des Formulars an.'));
    await editor.get(draftUrl);
    const options = await editor.post(draftUrl, { op: 'item', id: 'breed', 'item-breed-label': 'Rasse', 'item-breed-options': 'mix|Mischling\nmix|Nochmal' });
    assert.equal(options.statusCode, 400);
    assert.ok(errorSummary(options.body).some((entry) => entry.href === '#item-breed-options' && entry.text === 'Jeder Wert darf nur einmal vorkommen.'));
    assert.match(options.body, /id="item-breed-options-error"/);
    assert.match(options.body, /mix\|Nochmal/, 'what was typed is shown again');
    await editor.get(draftUrl);
    assert.equal((await editor.post(draftUrl, { op: 'item', id: 'nope', 'item-nope-label': 'X' })).statusCode, 404);
  });

  it('moves pages and fields up and down', async () => {
    await startDraft();
    await editor.post(draftUrl, { op: 'move', target: 'page', id: 'dog', direction: 'down' });
    await editor.get(draftUrl);
    await editor.post(draftUrl, { op: 'move', target: 'item', id: 'breedName', direction: 'up' });
    await editor.get(draftUrl);
    await editor.post(draftUrl, { op: 'move', target: 'item', id: 'ownerName', direction: 'up' });
    const draft = (await findDraft(t.db, KEY))!.definition;
    assert.deepEqual(
      draft.pages.map((page) => page.id),
      ['owner', 'dog'],
    );
    assert.deepEqual(
      draft.pages[1]!.items.map((item) => item.id),
      ['dogName', 'breedName', 'breed'],
      'moving the first item up changes nothing',
    );
  });

  it('previews every page of the draft with the applicant fields and a disabled button', async () => {
    await startDraft();
    const first = await editor.get(EDITOR_PATHS.preview(KEY));
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /<h1>Ihr Hund<\/h1>/);
    assert.match(first.body, /Nur ausfüllen, wenn bei „Rasse“ „Andere Rasse“ angegeben ist\./);
    assert.match(first.body, /<button type="submit" class="button button--primary" disabled="">Weiter<\/button>|disabled>Weiter/);
    const second = await editor.get(EDITOR_PATHS.preview(KEY, 'owner'));
    assert.match(second.body, /autocomplete="name"/);
    assert.equal((await editor.get(EDITOR_PATHS.preview(KEY, 'nope'))).statusCode, 404);
  });

  it('publishes after confirmation: the draft becomes version 2, version 1 is superseded and can be read but never changed', async () => {
    await startDraft();
    await editor.post(draftUrl, { op: 'texts', title: 'Hund anmelden (neu)', declaration: 'Stimmt.' });
    const confirm = await editor.get(EDITOR_PATHS.publish(KEY));
    assert.match(confirm.body, /Version 1 wird abgelöst/);
    const published = await editor.post(EDITOR_PATHS.publish(KEY));
    assert.equal(published.statusCode, 303);
    const [v1, v2] = [await findVersionByNumber(t.db, KEY, 1), await findVersionByNumber(t.db, KEY, 2)];
    assert.deepEqual([v1?.status, v2?.status, v2?.definition.title], ['superseded', 'published', 'Hund anmelden (neu)']);
    assert.equal((await audits('forms.version.published')).length, 1);

    assert.equal(await updateDraft(t.db, v1!.id, { definition: { ...definition, title: 'Manipuliert' } }), null);
    assert.equal(await updateDraft(t.db, v2!.id, { definition: { ...definition, title: 'Manipuliert' } }), null);
    assert.equal((await findVersionByNumber(t.db, KEY, 2))?.definition.title, 'Hund anmelden (neu)');
    await editor.get(EDITOR_PATHS.form(KEY));
    assert.equal((await editor.post(draftUrl, { op: 'texts', title: 'Später', declaration: 'Stimmt.' })).statusCode, 404, 'no draft: nothing to edit');
    assert.equal((await editor.post(EDITOR_PATHS.publish(KEY))).statusCode, 404);

    const old = await editor.get(EDITOR_PATHS.version(KEY, 1));
    assert.equal(old.statusCode, 200);
    assert.match(old.body, /Abgelöst/);
    assert.match(old.body, /Name des Hundes/);
    assert.doesNotMatch(old.body, /name="op"/, 'read-only');

    await editor.get(EDITOR_PATHS.form(KEY));
    await editor.post(EDITOR_PATHS.form(KEY));
    assert.equal((await findDraft(t.db, KEY))?.version, 3);
  });

  it('refuses to publish a draft whose conditions point at answers that no longer exist', async () => {
    await startDraft();
    await editor.post(draftUrl, { op: 'item', id: 'breed', 'item-breed-label': 'Rasse', 'item-breed-options': 'mix|Mischling\nrare|Seltene Rasse' });
    const confirm = await editor.get(EDITOR_PATHS.publish(KEY));
    assert.match(confirm.body, /Eine Bedingung erwartet bei „Rasse“ die Antwort „other“, die es nicht mehr gibt\./);
    assert.doesNotMatch(confirm.body, /Jetzt veröffentlichen/);
    const refused = await editor.post(EDITOR_PATHS.publish(KEY));
    assert.equal(refused.statusCode, 400);
    assert.equal((await findDraft(t.db, KEY))?.status, 'draft');
    assert.equal((await findVersionByNumber(t.db, KEY, 1))?.status, 'published');
  });

  it('saveImportedDraft adds a FIM draft or replaces the existing draft, with an audit entry', async () => {
    const actor: CurrentUser = { ...editor.user, emailVerified: true, departments: [], permissions: new Set([EDIT_FORMS_PERMISSION]) };
    const imported = { ...definition, title: 'Aus FIM' };
    const first = await saveImportedDraft(actor, { formKey: KEY, definition: imported, importReport: ['Regel R1 nicht übernommen'] }, t.deps);
    assert.deepEqual([first.version, first.source, first.importReport], [2, 'fim', ['Regel R1 nicht übernommen']]);
    const second = await saveImportedDraft(actor, { formKey: 'neu', definition: imported, importReport: [] }, t.deps);
    assert.equal(second.version, 1);
    const replaced = await saveImportedDraft(actor, { formKey: KEY, definition: { ...imported, title: 'Neu importiert' }, importReport: [] }, t.deps);
    assert.equal(replaced.id, first.id);
    assert.equal(replaced.definition.title, 'Neu importiert');
    assert.equal((await t.db.select().from(auditLog).where(eq(auditLog.action, 'forms.draft.imported'))).length, 3);
    const page = await editor.get(draftUrl);
    assert.match(page.body, /Entwurf bearbeiten: Neu importiert/);
  });
});
