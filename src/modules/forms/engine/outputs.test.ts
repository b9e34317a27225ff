import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answers } from '../definition';
import { answersToValues, computeFee, exportAnswers, fileFieldsOf, readPage, summarizeAnswers, validateAnswers, visiblePages } from './index';
import { definitionWith, isoIn } from './test-definitions';

const application = definitionWith([], {
  pages: [
    {
      id: 'person',
      title: 'Ihre Angaben',
      items: [
        { kind: 'field', id: 'name', label: 'Name', type: 'text', required: true, fim: { id: 'F60000227', version: '1.1' } },
        { kind: 'field', id: 'born', label: 'Geburtsdatum', type: 'date', max: 'today-1' },
        { kind: 'field', id: 'home', label: 'Anschrift', type: 'address' },
        { kind: 'field', id: 'iban', label: 'IBAN', type: 'iban' },
        { kind: 'field', id: 'phone', label: 'Telefon', type: 'phone' },
        { kind: 'field', id: 'mail', label: 'E-Mail', type: 'email' },
      ],
    },
    {
      id: 'stand',
      title: 'Ihr Stand',
      items: [
        {
          kind: 'field',
          id: 'kind',
          label: 'Art',
          type: 'radio',
          required: true,
          options: [
            { value: 'food', label: 'Speisen' },
            { value: 'craft', label: 'Kunsthandwerk' },
          ],
        },
        { kind: 'field', id: 'metres', label: 'Länge', type: 'number', unit: 'm', decimals: 1 },
        { kind: 'field', id: 'power', label: 'Strom', type: 'checkbox' },
        {
          kind: 'field',
          id: 'extras',
          label: 'Zusätze',
          type: 'checkboxes',
          options: [
            { value: 'water', label: 'Wasser' },
            { value: 'tent', label: 'Zelt' },
          ],
        },
        { kind: 'field', id: 'plan', label: 'Lageplan', type: 'file' },
        {
          kind: 'group',
          id: 'helpers',
          label: 'Helfende',
          fim: { id: 'G60000100' },
          repeat: { min: 0, max: 5, itemLabel: 'Person' },
          fields: [{ kind: 'field', id: 'helperName', label: 'Name', type: 'text', required: true }],
        },
      ],
    },
    {
      id: 'food',
      title: 'Lebensmittel',
      visibleIf: { field: 'kind', equals: 'food' },
      items: [{ kind: 'field', id: 'permit', label: 'Gesundheitszeugnis vorhanden', type: 'declaration', required: true }],
    },
    {
      id: 'dates',
      title: 'Zeitraum',
      items: [
        { kind: 'field', id: 'from', label: 'Von', type: 'date' },
        { kind: 'field', id: 'to', label: 'Bis', type: 'date' },
        { kind: 'field', id: 'phoneBack', label: 'Rückruf', type: 'phone' },
        { kind: 'field', id: 'mailBack', label: 'Antwort per E-Mail', type: 'email' },
        { kind: 'field', id: 'visitors', label: 'Besucher', type: 'number' },
        { kind: 'field', id: 'seats', label: 'Sitzplätze', type: 'number' },
      ],
    },
  ],
  rules: [
    {
      id: 'order',
      message: 'Das Ende muss nach dem Anfang liegen.',
      fields: ['to'],
      check: { type: 'dateOrder', first: 'from', second: 'to', allowEqual: true, maxDays: 3 },
    },
    {
      id: 'contact',
      message: 'Geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.',
      fields: ['phoneBack'],
      check: { type: 'oneOf', of: ['phoneBack', 'mailBack'] },
    },
    {
      id: 'room',
      message: 'Es darf nicht mehr Sitzplätze als Besucher geben.',
      fields: ['seats'],
      when: { field: 'visitors', filled: true },
      check: { type: 'compare', left: 'seats', op: '<=', right: 'visitors' },
    },
  ],
  fee: {
    base: 2000,
    baseLabel: 'Grundgebühr',
    lines: [
      { label: 'Stromanschluss', amount: 1500, when: { field: 'power', equals: true } },
      { label: 'Standmeter', amount: 250, per: 'metres' },
      { label: 'Helferausweise', amount: 300, per: 'helpers' },
      { label: 'Lebensmittelaufsicht', amount: 4000, when: { all: [{ field: 'kind', equals: 'food' }, { not: { field: 'extras', in: ['water'] } }] } },
    ],
  },
});

const complete: Answers = {
  name: 'Anna Muster',
  born: '1990-03-01',
  home: { street: 'Schillerplatz', houseNumber: '7', postalCode: '58636', city: 'Iserlohn' },
  iban: 'DE89370400440532013000',
  kind: 'food',
  metres: '2.5',
  power: true,
  extras: ['tent'],
  plan: ['file-1'],
  helpers: [{ helperName: 'Ben' }, { helperName: 'Cem' }],
  permit: true,
  from: '2026-06-01',
  to: '2026-06-03',
  mailBack: 'anna@beispiel.de',
};

describe('visiblePages and validateAnswers', () => {
  it('hides pages whose condition does not hold', () => {
    assert.deepEqual(
      visiblePages(application, { ...complete, kind: 'craft' }).map((page) => page.id),
      ['person', 'stand', 'dates'],
    );
    assert.deepEqual(
      visiblePages(application, complete).map((page) => page.id),
      ['person', 'stand', 'food', 'dates'],
    );
  });

  const VALIDATION: { name: string; change: Answers; expected: { pageId: string; errors: Record<string, string> }[] }[] = [
    { name: 'complete answers have no errors', change: {}, expected: [] },
    {
      name: 'a required answer on a visible page is missing',
      change: { permit: false },
      expected: [{ pageId: 'food', errors: { permit: 'Bestätigen Sie: Gesundheitszeugnis vorhanden' } }],
    },
    { name: 'a hidden page is not validated', change: { kind: 'craft', permit: false }, expected: [] },
    {
      name: 'a stored answer is checked again (tampered option)',
      change: { kind: 'weapons' },
      expected: [{ pageId: 'stand', errors: { kind: 'Wählen Sie bei „Art“ eine der angebotenen Antworten aus.' } }],
    },
    {
      name: 'birth date must lie in the past',
      change: { born: isoIn(0) },
      expected: [{ pageId: 'person', errors: { born: '„Geburtsdatum“ muss in der Vergangenheit liegen.' } }],
    },
    {
      name: 'items of repeating groups are checked',
      change: { helpers: [{ helperName: '' }] },
      expected: [{ pageId: 'stand', errors: { 'helpers.0.helperName': 'Geben Sie „Name“ an.' } }],
    },
    {
      name: 'dateOrder: end before start',
      change: { to: '2026-05-31' },
      expected: [{ pageId: 'dates', errors: { to: 'Das Ende muss nach dem Anfang liegen.' } }],
    },
    { name: 'dateOrder: equal allowed', change: { to: '2026-06-01' }, expected: [] },
    {
      name: 'dateOrder: more than maxDays apart',
      change: { to: '2026-06-05' },
      expected: [{ pageId: 'dates', errors: { to: 'Das Ende muss nach dem Anfang liegen.' } }],
    },
    {
      name: 'oneOf: neither given',
      change: { mailBack: '' },
      expected: [{ pageId: 'dates', errors: { phoneBack: 'Geben Sie eine Telefonnummer oder eine E-Mail-Adresse an.' } }],
    },
    {
      name: 'compare: more seats than visitors',
      change: { visitors: '10', seats: '12' },
      expected: [{ pageId: 'dates', errors: { seats: 'Es darf nicht mehr Sitzplätze als Besucher geben.' } }],
    },
    { name: 'compare: skipped when its condition does not hold', change: { seats: '12' }, expected: [] },
  ];
  for (const testCase of VALIDATION) {
    it(testCase.name, () => assert.deepEqual(validateAnswers(application, { ...complete, ...testCase.change }), testCase.expected));
  }
});

describe('computeFee', () => {
  const FEES: { name: string; change: Answers; total: number; labels: string[] }[] = [
    {
      name: 'base, conditional line, per number, per item, nested condition',
      change: {},
      total: 2000 + 1500 + 625 + 600 + 4000,
      labels: ['Grundgebühr', 'Stromanschluss', 'Standmeter (2,5 × 2,50 €)', 'Helferausweise (2 × 3,00 €)', 'Lebensmittelaufsicht'],
    },
    {
      name: 'conditions that do not hold add nothing',
      change: { power: false, extras: ['water'], helpers: [], metres: '' },
      total: 2000,
      labels: ['Grundgebühr'],
    },
  ];
  for (const testCase of FEES) {
    it(testCase.name, () => {
      const fee = computeFee(application, { ...complete, ...testCase.change });
      assert.equal(fee.totalCents, testCase.total);
      assert.deepEqual(
        fee.lines.map((line) => line.label.replace(/\u00a0/g, ' ')),
        testCase.labels,
      );
    });
  }
  it('no fee definition: nothing to pay', () =>
    assert.deepEqual(computeFee(definitionWith([{ kind: 'field', id: 'a', label: 'A', type: 'text' }]), {}), { totalCents: 0, lines: [] }));
});

describe('summarizeAnswers', () => {
  const rows = summarizeAnswers(application, complete, (id) => `${id}.pdf`).flatMap((page) => page.rows.map((row) => [row.inputId, row.label, row.value]));
  const EXPECTED: [inputId: string, label: string, value: string][] = [
    ['born', 'Geburtsdatum', '1. März 1990'],
    ['home.street', 'Anschrift', 'Schillerplatz 7, 58636 Iserlohn'],
    ['iban', 'IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['phone', 'Telefon', 'Keine Angabe'],
    ['kind', 'Art', 'Speisen'],
    ['metres', 'Länge', '2,5 m'],
    ['power', 'Strom', 'Ja'],
    ['extras', 'Zusätze', 'Zelt'],
    ['plan', 'Lageplan', 'file-1.pdf'],
    ['helpers.1.helperName', 'Person 2: Name', 'Cem'],
    ['permit', 'Gesundheitszeugnis vorhanden', 'Ja'],
    ['from', 'Von', '1. Juni 2026'],
  ];
  for (const row of EXPECTED) {
    it(`${row[1]} → ${row[2]}`, () =>
      assert.ok(
        rows.some((candidate) => JSON.stringify(candidate) === JSON.stringify(row)),
        JSON.stringify(rows),
      ));
  }
  it('leaves out hidden pages', () => assert.ok(!summarizeAnswers(application, { ...complete, kind: 'craft' }).some((page) => page.pageId === 'food')));
});

describe('exportAnswers, answersToValues, fileFieldsOf', () => {
  it('exports by field id with FIM references and groups with items', () => {
    const exported = exportAnswers(application, complete);
    assert.deepEqual(exported[0], { id: 'name', fim: { id: 'F60000227', version: '1.1' }, label: 'Name', type: 'text', value: 'Anna Muster' });
    const helpers = exported.find((answer) => answer.id === 'helpers');
    assert.deepEqual(helpers?.fim, { id: 'G60000100' });
    assert.deepEqual(
      helpers?.items?.map((item) => item[0]?.value),
      ['Ben', 'Cem'],
    );
    assert.equal(exported.find((answer) => answer.id === 'phone')?.value, null);
    assert.equal(
      exportAnswers(application, { ...complete, kind: 'craft' }).some((answer) => answer.id === 'permit'),
      false,
    );
  });

  it('answersToValues shows stored answers the way they are typed, and reads back to the same answers', () => {
    const page = application.pages[1]!;
    const values = answersToValues(application, page, complete);
    assert.equal(values.metres, '2,5');
    assert.equal(values['_items.helpers'], '2');
    assert.equal(values['helpers.1.helperName'], 'Cem');
    const person = answersToValues(application, application.pages[0]!, complete);
    assert.deepEqual([person['born-day'], person['born-month'], person['born-year'], person.iban], ['1', '3', '1990', 'DE89 3704 0044 0532 0130 00']);
    const reread = readPage(application, 'stand', values, complete, { plan: ['file-1'] });
    assert.equal(reread.ok, true);
    assert.deepEqual(reread.answers, complete);
  });

  it('fileFieldsOf lists file fields of a page or the whole form', () => {
    assert.deepEqual(
      fileFieldsOf(application).map((field) => field.id),
      ['plan'],
    );
    assert.deepEqual(
      fileFieldsOf(application, application.pages[0]).map((field) => field.id),
      [],
    );
  });
});
