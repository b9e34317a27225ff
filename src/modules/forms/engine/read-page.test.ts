import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answers } from '../definition';
import { readPage, unknownFields } from './index';
import { definitionWith, isoIn, typedDate } from './test-definitions';

type ItemInput = Parameters<typeof definitionWith>[0][number];

interface Case {
  name: string;
  field: Omit<Extract<ItemInput, { kind: 'field' }>, 'kind' | 'id' | 'label'> & { label?: string };
  body: Record<string, unknown>;
  files?: Record<string, string[]>;
  /** the answer stored for field `f` (undefined: none) */
  answer?: unknown;
  /** the error at input id → message (a substring is enough) */
  error?: [key: string, message: string];
}

const options = [
  { value: 'a', label: 'Auto' },
  { value: 'b', label: 'Bus' },
  { value: 'c', label: 'Cabrio' },
];

/** One field `f` ("Angabe") per case: what is posted, what is stored or which message appears where. */
const CASES: Case[] = [
  { name: 'text is trimmed', field: { type: 'text' }, body: { f: '  Anna ' }, answer: 'Anna' },
  { name: 'required text missing', field: { type: 'text', required: true }, body: { f: '  ' }, error: ['f', 'Geben Sie „Angabe“ an.'] },
  {
    name: 'own required message',
    field: { type: 'text', required: true, label: 'Vorname', requiredMessage: 'Geben Sie Ihren Vornamen an.' },
    body: {},
    error: ['f', 'Geben Sie Ihren Vornamen an.'],
  },
  { name: 'optional text empty', field: { type: 'text' }, body: { f: '' }, answer: undefined },
  { name: 'minLength', field: { type: 'text', minLength: 3 }, body: { f: 'ab' }, error: ['f', 'mindestens 3 Zeichen'] },
  { name: 'maxLength', field: { type: 'text', maxLength: 3 }, body: { f: 'abcd' }, error: ['f', 'höchstens 3 Zeichen'] },
  {
    name: 'pattern with message',
    field: { type: 'text', pattern: '[A-Z]{2}\\d{4}', patternMessage: 'Geben Sie das Kennzeichen wie AB1234 an.' },
    body: { f: 'ab1234' },
    error: ['f', 'wie AB1234'],
  },
  { name: 'pattern matches whole answer', field: { type: 'text', pattern: '[A-Z]{2}\\d{4}' }, body: { f: 'AB1234' }, answer: 'AB1234' },
  { name: 'textarea keeps lines', field: { type: 'textarea' }, body: { f: 'Zeile 1\r\nZeile 2 ' }, answer: 'Zeile 1\nZeile 2' },
  { name: 'number with decimal comma', field: { type: 'number' }, body: { f: '12,50' }, answer: '12.5' },
  { name: 'number with thousands', field: { type: 'number' }, body: { f: '1.234,5' }, answer: '1234.5' },
  { name: 'number not a number', field: { type: 'number' }, body: { f: 'zwölf' }, error: ['f', 'muss eine Zahl sein'] },
  { name: 'whole number expected', field: { type: 'number', decimals: 0 }, body: { f: '2,5' }, error: ['f', 'ganze Zahl'] },
  { name: 'too many decimals', field: { type: 'number', decimals: 2 }, body: { f: '2,555' }, error: ['f', 'höchstens 2 Stellen'] },
  { name: 'number below min', field: { type: 'number', min: 1 }, body: { f: '0' }, error: ['f', 'mindestens 1 sein'] },
  { name: 'number above max', field: { type: 'number', max: 10.5 }, body: { f: '11' }, error: ['f', 'höchstens 10,5 sein'] },
  { name: 'date from three inputs', field: { type: 'date' }, body: { 'f-day': '1', 'f-month': '3', 'f-year': '2026' }, answer: '2026-03-01' },
  { name: 'date missing month', field: { type: 'date' }, body: { 'f-day': '1', 'f-month': '', 'f-year': '2026' }, error: ['f', 'muss einen Monat enthalten'] },
  { name: 'date that does not exist', field: { type: 'date' }, body: { 'f-day': '31', 'f-month': '2', 'f-year': '2026' }, error: ['f', 'echtes Datum'] },
  { name: 'required date empty', field: { type: 'date', required: true }, body: {}, error: ['f', 'Geben Sie „Angabe“ an.'] },
  { name: 'date must be past (today-1)', field: { type: 'date', max: 'today-1' }, body: typedDate('f', 0), error: ['f', 'muss in der Vergangenheit liegen'] },
  { name: 'date past accepted', field: { type: 'date', max: 'today-1' }, body: typedDate('f', -1), answer: isoIn(-1) },
  { name: 'date not in the future (today)', field: { type: 'date', max: 'today' }, body: typedDate('f', 1), error: ['f', 'darf nicht in der Zukunft liegen'] },
  { name: 'date at least in 14 days', field: { type: 'date', min: 'today+14' }, body: typedDate('f', 13), error: ['f', 'am oder nach dem'] },
  {
    name: 'date fixed lower bound',
    field: { type: 'date', min: '2026-01-01' },
    body: { 'f-day': '31', 'f-month': '12', 'f-year': '2025' },
    error: ['f', 'am oder nach dem 1. Januar 2026'],
  },
  { name: 'e-mail', field: { type: 'email' }, body: { f: ' anna@beispiel.de ' }, answer: 'anna@beispiel.de' },
  { name: 'e-mail wrong', field: { type: 'email' }, body: { f: 'anna@beispiel' }, error: ['f', 'E-Mail-Adresse im richtigen Format'] },
  { name: 'phone', field: { type: 'phone' }, body: { f: '+49 2371 217-0' }, answer: '+49 2371 217-0' },
  { name: 'phone wrong', field: { type: 'phone' }, body: { f: 'ruf mich an' }, error: ['f', 'Telefonnummer im richtigen Format'] },
  { name: 'IBAN spaces removed', field: { type: 'iban' }, body: { f: 'de89 3704 0044 0532 0130 00' }, answer: 'DE89370400440532013000' },
  {
    name: 'IBAN wrong checksum',
    field: { type: 'iban' },
    body: { f: 'DE88 3704 0044 0532 0130 00' },
    error: ['f', 'IBAN im richtigen Format an, zum Beispiel DE89 3704 0044 0532 0130 00'],
  },
  { name: 'IBAN German length', field: { type: 'iban' }, body: { f: 'DE89 3704 0044 0532 0130' }, error: ['f', 'IBAN im richtigen Format'] },
  {
    name: 'address',
    field: { type: 'address' },
    body: { 'f.street': 'Schillerplatz', 'f.houseNumber': '7', 'f.postalCode': '58636', 'f.city': 'Iserlohn' },
    answer: { street: 'Schillerplatz', houseNumber: '7', postalCode: '58636', city: 'Iserlohn' },
  },
  {
    name: 'address postal code',
    field: { type: 'address' },
    body: { 'f.street': 'Schillerplatz', 'f.houseNumber': '7', 'f.postalCode': '5863', 'f.city': 'Iserlohn' },
    error: ['f.postalCode', 'Postleitzahl mit 5 Ziffern'],
  },
  {
    name: 'address part missing',
    field: { type: 'address' },
    body: { 'f.street': 'Schillerplatz', 'f.postalCode': '58636', 'f.city': 'Iserlohn' },
    error: ['f.houseNumber', 'Geben Sie die Hausnummer an.'],
  },
  { name: 'required address empty', field: { type: 'address', required: true }, body: {}, error: ['f.street', 'Geben Sie die Straße an.'] },
  { name: 'select listed option', field: { type: 'select', options }, body: { f: 'b' }, answer: 'b' },
  { name: 'select unlisted option', field: { type: 'select', options }, body: { f: 'x' }, error: ['f', 'eine der angebotenen Antworten'] },
  { name: 'radio required', field: { type: 'radio', options, required: true }, body: {}, error: ['f', 'Wählen Sie bei „Angabe“ eine Antwort aus.'] },
  { name: 'radio unlisted', field: { type: 'radio', options }, body: { f: 'z' }, error: ['f', 'eine der angebotenen Antworten'] },
  { name: 'checkbox ticked', field: { type: 'checkbox' }, body: { f: 'ja' }, answer: true },
  { name: 'checkbox not ticked', field: { type: 'checkbox' }, body: {}, answer: false },
  { name: 'checkboxes several', field: { type: 'checkboxes', options }, body: { f: ['a', 'c'] }, answer: ['a', 'c'] },
  { name: 'checkboxes one (single string)', field: { type: 'checkboxes', options }, body: { f: 'c' }, answer: ['c'] },
  { name: 'checkboxes unlisted', field: { type: 'checkboxes', options }, body: { f: ['a', 'q'] }, error: ['f', 'eine der angebotenen Antworten'] },
  { name: 'checkboxes at most', field: { type: 'checkboxes', options, max: 1 }, body: { f: ['a', 'b'] }, error: ['f', 'höchstens 1 Antworten'] },
  { name: 'checkboxes required', field: { type: 'checkboxes', options, required: true }, body: {}, error: ['f', 'mindestens eine Antwort'] },
  { name: 'file ids from the caller', field: { type: 'file' }, body: {}, files: { f: ['id-1', 'id-2'] }, answer: ['id-1', 'id-2'] },
  { name: 'file required', field: { type: 'file', required: true }, body: {}, files: { f: [] }, error: ['f', 'Laden Sie „Angabe“ hoch.'] },
  { name: 'file at most', field: { type: 'file', max: 1 }, body: {}, files: { f: ['id-1', 'id-2'] }, error: ['f', 'höchstens 1 Dateien'] },
  {
    name: 'declaration required',
    field: { type: 'declaration', required: true, label: 'Ich habe die Hinweise gelesen.' },
    body: {},
    error: ['f', 'Bestätigen Sie: Ich habe die Hinweise gelesen.'],
  },
  { name: 'declaration ticked', field: { type: 'declaration', required: true }, body: { f: 'ja' }, answer: true },
];

describe('readPage: field types and rules', () => {
  for (const testCase of CASES) {
    it(testCase.name, () => {
      const definition = definitionWith([{ kind: 'field', id: 'f', label: 'Angabe', ...testCase.field } as ItemInput]);
      const result = readPage(definition, 'start', testCase.body, {}, testCase.files);
      if (testCase.error) {
        assert.equal(result.ok, false);
        const [key, message] = testCase.error;
        assert.ok(!result.ok && result.errors[key]?.includes(message), `expected "${message}" at ${key}, got ${JSON.stringify(result.errors)}`);
        assert.equal(result.answers.f, undefined, 'an invalid answer is not kept');
      } else {
        assert.deepEqual(result.ok ? [] : result.errors, []);
        assert.deepEqual(result.answers.f, testCase.answer);
      }
    });
  }
});

describe('readPage: conditional fields', () => {
  const definition = definitionWith([
    {
      kind: 'field',
      id: 'hasChildren',
      label: 'Haben Sie Kinder?',
      type: 'radio',
      required: true,
      options: [
        { value: 'ja', label: 'Ja' },
        { value: 'nein', label: 'Nein' },
      ],
    },
    { kind: 'field', id: 'childCount', label: 'Anzahl der Kinder', type: 'number', required: true, visibleIf: { field: 'hasChildren', equals: 'ja' } },
  ]);
  const CONDITIONAL: { name: string; body: Record<string, string>; previous?: Answers; answers?: Answers; errors?: Record<string, string> }[] = [
    { name: 'shown field is validated', body: { hasChildren: 'ja', childCount: '' }, errors: { childCount: 'Geben Sie „Anzahl der Kinder“ an.' } },
    { name: 'hidden field is neither validated nor kept', body: { hasChildren: 'nein', childCount: 'abc' }, answers: { hasChildren: 'nein' } },
    {
      name: 'an earlier answer of a now hidden field is dropped',
      body: { hasChildren: 'nein' },
      previous: { hasChildren: 'ja', childCount: '2' },
      answers: { hasChildren: 'nein' },
    },
    { name: 'shown field kept', body: { hasChildren: 'ja', childCount: '2' }, answers: { hasChildren: 'ja', childCount: '2' } },
  ];
  for (const testCase of CONDITIONAL) {
    it(testCase.name, () => {
      const result = readPage(definition, 'start', testCase.body, testCase.previous ?? {});
      if (testCase.errors) assert.deepEqual(!result.ok && result.errors, testCase.errors);
      else assert.deepEqual(result, { ok: true, answers: testCase.answers, values: result.values });
    });
  }

  it('drops answers of other pages that the new answer hides', () => {
    const twoPages = definitionWith([], {
      pages: [
        { id: 'a', title: 'A', items: [{ kind: 'field', id: 'owner', label: 'Sind Sie Eigentümer?', type: 'checkbox' }] },
        { id: 'b', title: 'B', visibleIf: { field: 'owner', equals: true }, items: [{ kind: 'field', id: 'parcel', label: 'Flurstück', type: 'text' }] },
      ],
    });
    const result = readPage(twoPages, 'a', {}, { owner: true, parcel: '12/3' });
    assert.deepEqual(result.answers, { owner: false });
  });
});

describe('readPage: repeating groups', () => {
  const definition = definitionWith([
    {
      kind: 'group',
      id: 'people',
      label: 'Weitere Personen',
      repeat: { min: 1, max: 3, itemLabel: 'Person' },
      fields: [
        { kind: 'field', id: 'name', label: 'Name', type: 'text', required: true },
        { kind: 'field', id: 'born', label: 'Geburtsdatum', type: 'date' },
      ],
    },
  ]);
  const GROUP_CASES: { name: string; body: Record<string, string>; stay?: boolean; answers?: unknown; errors?: Record<string, string>; count?: string }[] = [
    { name: 'two items', body: { '_items.people': '2', 'people.0.name': 'Anna', 'people.1.name': 'Ben' }, answers: [{ name: 'Anna' }, { name: 'Ben' }] },
    {
      name: 'required field in an item',
      body: { '_items.people': '2', 'people.0.name': 'Anna', 'people.1.name': '', 'people.1.born-year': '2001' },
      errors: { 'people.1.born': '„Geburtsdatum“ muss einen Tag enthalten.', 'people.1.name': 'Geben Sie „Name“ an.' },
    },
    {
      name: 'blank items beyond the minimum are dropped',
      body: { '_items.people': '3', 'people.0.name': 'Anna', 'people.1.name': '', 'people.2.name': ' ' },
      answers: [{ name: 'Anna' }],
    },
    { name: 'too few items', body: { '_items.people': '0' }, errors: { people: 'Geben Sie bei „Weitere Personen“ mindestens 1 Eintrag an.' } },
    {
      name: '"hinzufügen" adds an empty item and stays',
      body: { '_items.people': '1', 'people.0.name': 'Anna', _add: 'people' },
      stay: true,
      count: '2',
      errors: {},
    },
    {
      name: 'no more than max',
      body: { '_items.people': '3', 'people.0.name': 'A', 'people.1.name': 'B', 'people.2.name': 'C', _add: 'people' },
      stay: true,
      count: '3',
      errors: { people: 'Sie können bei „Weitere Personen“ höchstens 3 Einträge angeben.' },
    },
    {
      name: '"Entfernen" removes the item and renumbers',
      body: { '_items.people': '3', 'people.0.name': 'A', 'people.1.name': 'B', 'people.2.name': 'C', _removeItem: 'people.1' },
      stay: true,
      count: '2',
      answers: [{ name: 'A' }, { name: 'C' }],
      errors: {},
    },
    {
      name: 'the last item below the minimum cannot be removed',
      body: { '_items.people': '1', 'people.0.name': 'A', _removeItem: 'people.0' },
      stay: true,
      count: '1',
      errors: {},
    },
    { name: 'the posted count never exceeds max', body: { '_items.people': '40', 'people.0.name': 'A' }, answers: [{ name: 'A' }] },
  ];
  for (const testCase of GROUP_CASES) {
    it(testCase.name, () => {
      const result = readPage(definition, 'start', testCase.body, {});
      if (testCase.stay !== undefined) assert.equal(!result.ok && result.stay, testCase.stay);
      if (testCase.errors) assert.deepEqual(result.ok ? {} : result.errors, testCase.errors);
      if (testCase.answers) assert.deepEqual(result.answers.people, testCase.answers);
      if (testCase.count) assert.equal(result.values['_items.people'], testCase.count);
    });
  }

  it('renumbers what was typed when an item is removed', () => {
    const result = readPage(
      definition,
      'start',
      { '_items.people': '2', 'people.0.name': 'A', 'people.1.name': 'C', 'people.1.born-day': '3', _removeItem: 'people.0' },
      {},
    );
    assert.equal(result.values['people.0.name'], 'C');
    assert.equal(result.values['people.0.born-day'], '3');
    assert.equal(result.values['people.1.name'], undefined);
  });

  it('reports unknown posted names, but not controls', () => {
    const body = { _csrf: 'x', _add: 'people', '_items.people': '1', 'people.0.name': 'A', 'people.0.born-day': '1', 'people.5.name': 'B', isAdmin: 'ja' };
    assert.deepEqual(unknownFields(definition, 'start', body), ['people.5.name', 'isAdmin']);
  });
});

describe('readPage: cross-field rules on the same page', () => {
  const definition = definitionWith(
    [
      { kind: 'field', id: 'from', label: 'Von', type: 'date', required: true },
      { kind: 'field', id: 'to', label: 'Bis', type: 'date', required: true },
    ],
    {
      rules: [
        { id: 'order', message: 'Das Enddatum muss nach dem Anfangsdatum liegen.', fields: ['to'], check: { type: 'dateOrder', first: 'from', second: 'to' } },
      ],
    },
  );
  it('shows the rule message at its first field', () => {
    const result = readPage(definition, 'start', { ...typedDate('from', 10), ...typedDate('to', 5) }, {});
    assert.deepEqual(!result.ok && result.errors, { to: 'Das Enddatum muss nach dem Anfangsdatum liegen.' });
  });
  it('passes when the order is right', () => {
    assert.equal(readPage(definition, 'start', { ...typedDate('from', 1), ...typedDate('to', 5) }, {}).ok, true);
  });
});
