import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formDefinitionSchema, type FormDefinitionInput } from '../definition';
import { optionLines } from '../schemas';
import { definitionProblems } from './check-definition';
import { applyEdit } from './draft-edits';

const base: FormDefinitionInput = {
  schemaVersion: 1,
  title: 'Test',
  declaration: 'Stimmt.',
  pages: [
    {
      id: 'one',
      title: 'Eins',
      items: [
        { kind: 'field', id: 'kind', label: 'Art', type: 'radio', options: [{ value: 'a', label: 'A' }] },
        {
          kind: 'group',
          id: 'extra',
          label: 'Zusatz',
          fields: [{ kind: 'field', id: 'note', label: 'Notiz', type: 'text', visibleIf: { field: 'kind', equals: 'a' } }],
        },
      ],
    },
    { id: 'two', title: 'Zwei', items: [{ kind: 'field', id: 'code', label: 'Code', type: 'text' }] },
  ],
};
const withChange = (change: (definition: FormDefinitionInput) => void): unknown => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('definitionProblems (what stops publishing)', () => {
  const CASES: { name: string; definition: unknown; problem?: string }[] = [
    { name: 'a sound definition', definition: base },
    { name: 'schema violation', definition: withChange((d) => (d.title = '')), problem: 'an der Stelle „title“ ungültig' },
    {
      name: 'duplicate ids',
      definition: withChange((d) => d.pages[1]!.items.push({ kind: 'field', id: 'note', label: 'Noch eine', type: 'text' })),
      problem: 'Die Kennung „note“ kommt mehrfach vor.',
    },
    {
      name: 'choice without options',
      definition: withChange((d) => d.pages[1]!.items.push({ kind: 'field', id: 'pick', label: 'Wahl', type: 'select' })),
      problem: 'Das Feld „Wahl“ hat keine Antworten zur Auswahl.',
    },
    {
      name: 'pattern that does not compile',
      definition: withChange((d) => d.pages[1]!.items.push({ kind: 'field', id: 'p', label: 'P', type: 'text', pattern: '([a-z' })),
      problem: 'kein gültiger regulärer Ausdruck',
    },
    {
      name: 'condition on an unknown field',
      definition: withChange((d) => (d.pages[1]!.visibleIf = { field: 'ghost', filled: true })),
      problem: 'unbekannte Feld „ghost“',
    },
    {
      name: 'condition on a removed answer',
      definition: withChange((d) => (d.pages[1]!.visibleIf = { any: [{ field: 'kind', in: ['b'] }] })),
      problem: 'die Antwort „b“, die es nicht mehr gibt',
    },
  ];
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const problems = definitionProblems(testCase.definition);
      if (testCase.problem) {
        assert.ok(
          problems.some((problem) => problem.includes(testCase.problem!)),
          JSON.stringify(problems),
        );
      } else assert.deepEqual(problems, []);
    });
  }
});

describe('option lines ("wert|Bezeichnung")', () => {
  const CASES: { input: string; options?: { value: string; label: string }[]; error?: string }[] = [
    {
      input: 'ja|Ja\r\n nein | Nein \n\n',
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nein', label: 'Nein' },
      ],
    },
    { input: 'Mischling', options: [{ value: 'Mischling', label: 'Mischling' }] },
    { input: '  \n ', error: 'mindestens eine Antwort' },
    { input: '|Ohne Wert', error: 'wert|Bezeichnung' },
    { input: 'a|A\na|B', error: 'nur einmal' },
  ];
  for (const testCase of CASES) {
    it(JSON.stringify(testCase.input), () => {
      const parsed = optionLines.safeParse(testCase.input);
      if (testCase.error) assert.ok(!parsed.success && parsed.error.issues[0]?.message.includes(testCase.error));
      else assert.deepEqual(parsed.success && parsed.data, testCase.options);
    });
  }
});

describe('applyEdit', () => {
  const definition = formDefinitionSchema.parse(base);
  it('moves a field inside its group and pages, and leaves the original untouched', () => {
    const moved = applyEdit(definition, { op: 'move', target: 'page', id: 'two', direction: 'up' });
    assert.deepEqual(
      moved.pages.map((page) => page.id),
      ['two', 'one'],
    );
    assert.deepEqual(
      definition.pages.map((page) => page.id),
      ['one', 'two'],
    );
  });
  it('removes an emptied hint and keeps options of fields that are no choice', () => {
    const edited = applyEdit(definition, {
      op: 'item',
      itemId: 'code',
      label: 'Kennzeichen',
      hint: undefined,
      required: true,
      options: [{ value: 'x', label: 'X' }],
    });
    const code = edited.pages[1]!.items[0]!;
    assert.deepEqual(code, { kind: 'field', id: 'code', label: 'Kennzeichen', type: 'text', required: true });
  });
  it('edits a field inside a group', () => {
    const edited = applyEdit(definition, { op: 'item', itemId: 'note', label: 'Bemerkung', hint: 'Kurz', required: false, options: undefined });
    const group = edited.pages[0]!.items[1]!;
    assert.equal(group.kind === 'group' && group.fields[0]!.label, 'Bemerkung');
  });
  it('answers 404 for an unknown page or field', () => {
    assert.throws(() => applyEdit(definition, { op: 'page', pageId: 'nope', title: 'X', hint: undefined }), /not_found/);
    assert.throws(() => applyEdit(definition, { op: 'move', target: 'item', id: 'nope', direction: 'up' }), /not_found/);
  });
});
