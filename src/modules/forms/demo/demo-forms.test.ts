import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { formDefinitionSchema, type Answers, type Condition, type FieldDef, type FormDefinition, type GroupDef } from '../definition';
import { answersToValues, computeFee, fileFieldsOf, readPage, validateAnswers, visiblePages } from '../engine';
import { formVersions } from '../tables';
import { demoExamples, DEMO_FORM_KEYS, DEMO_FORMS, seedFormsDemo, type DemoFormKey } from './index';

/** The 17 Leistungen of the service catalogue that are fully online (their slugs are the form keys); the keys must never disappear. */
const ONLINE_SLUGS = [
  'bewohnerparkausweis',
  'hundesteuer-anmeldung',
  'hundesteuer-abmeldung',
  'gewerbe-anmeldung',
  'gewerbe-ummeldung',
  'gewerbe-abmeldung',
  'meldebescheinigung',
  'briefwahl',
  'sondernutzungserlaubnis',
  'halteverbotszone-umzug',
  'kita-vormerkung',
  'fundsache-verlustmeldung',
  'maengelmeldung',
  'akteneinsicht-ifg',
  'sepa-lastschriftmandat',
  'widerspruch-datenuebermittlung',
  'freifunk-standort',
];

const parsed = (key: DemoFormKey): FormDefinition => formDefinitionSchema.parse(DEMO_FORMS[key]);

interface Place {
  field: FieldDef;
  group: GroupDef | undefined;
  pageIndex: number;
}

/** Every field by id, with its group and the index of its page. */
function placesOf(definition: FormDefinition): Map<string, Place> {
  const places = new Map<string, Place>();
  definition.pages.forEach((page, pageIndex) => {
    for (const item of page.items) {
      for (const field of item.kind === 'field' ? [item] : item.fields) {
        places.set(field.id, { field, group: item.kind === 'group' ? item : undefined, pageIndex });
      }
    }
  });
  return places;
}

/**
 * The field a reference names, or why it is wrong: `group.field` must name a field of that repeating
 * group; a plain id must not name a field inside a repeating group (it would have no single value).
 */
function resolve(places: Map<string, Place>, ref: string): Place | string {
  const [first, second] = ref.split('.') as [string, string | undefined];
  const place = places.get(second ?? first);
  if (!place) return `unknown field "${ref}"`;
  if (second !== undefined && (place.group?.id !== first || !place.group.repeat)) return `"${ref}" is not a field of repeating group "${first}"`;
  if (second === undefined && place.group?.repeat) return `"${ref}" lies in repeating group "${place.group.id}": write "${place.group.id}.${ref}"`;
  return place;
}

/** Problems of a condition: unknown fields, fields on later pages, values the field can never have. */
function conditionProblems(condition: Condition, places: Map<string, Place>, pageIndex: number): string[] {
  if ('all' in condition) return condition.all.flatMap((part) => conditionProblems(part, places, pageIndex));
  if ('any' in condition) return condition.any.flatMap((part) => conditionProblems(part, places, pageIndex));
  if ('not' in condition) return conditionProblems(condition.not, places, pageIndex);
  const place = resolve(places, condition.field);
  if (typeof place === 'string') return [place];
  const problems = place.pageIndex > pageIndex ? [`"${condition.field}" is asked on a later page`] : [];
  const expected = 'equals' in condition ? [condition.equals] : 'notEquals' in condition ? [condition.notEquals] : 'in' in condition ? condition.in : [];
  for (const value of expected) {
    const { field } = place;
    if (field.options && !field.options.some((option) => option.value === value)) problems.push(`"${condition.field}" has no option "${String(value)}"`);
    if ((field.type === 'checkbox' || field.type === 'declaration') && typeof value !== 'boolean') {
      problems.push(`"${condition.field}" is a checkbox: compare with true/false`);
    }
  }
  return problems;
}

function referenceProblems(definition: FormDefinition): string[] {
  const places = placesOf(definition);
  const last = definition.pages.length - 1;
  const problems: string[] = [];
  definition.pages.forEach((page, index) => {
    if (page.visibleIf) problems.push(...conditionProblems(page.visibleIf, places, index - 1).map((problem) => `page ${page.id}: ${problem}`));
    for (const item of page.items) {
      if (item.visibleIf) problems.push(...conditionProblems(item.visibleIf, places, index).map((problem) => `${item.id}: ${problem}`));
      if (item.kind === 'group') {
        for (const field of item.fields) {
          if (field.visibleIf) problems.push(...conditionProblems(field.visibleIf, places, index).map((problem) => `${field.id}: ${problem}`));
        }
      }
    }
  });
  for (const rule of definition.rules) {
    const { check } = rule;
    const refs = [
      ...rule.fields,
      ...(check.type === 'dateOrder'
        ? [check.first, check.second]
        : check.type === 'oneOf'
          ? check.of
          : [check.left, ...(typeof check.right === 'string' ? [check.right] : [])]),
    ];
    for (const ref of refs) {
      const place = resolve(places, ref);
      if (typeof place === 'string') problems.push(`rule ${rule.id}: ${place}`);
      else if (check.type === 'dateOrder' && ref !== rule.fields[0] && place.field.type !== 'date') problems.push(`rule ${rule.id}: "${ref}" is no date`);
    }
    if (rule.when) problems.push(...conditionProblems(rule.when, places, last).map((problem) => `rule ${rule.id}: ${problem}`));
  }
  for (const line of definition.fee?.lines ?? []) {
    if (line.when) problems.push(...conditionProblems(line.when, places, last).map((problem) => `fee "${line.label}": ${problem}`));
    if (line.per === undefined) continue;
    const group = definition.pages.flatMap((page) => page.items).find((item) => item.id === line.per);
    const place = places.get(line.per);
    if (!(group?.kind === 'group' && group.repeat) && place?.field.type !== 'number') {
      problems.push(`fee "${line.label}": per "${line.per}" is neither a number field nor a repeating group`);
    }
  }
  return problems;
}

describe('demo form definitions', () => {
  it('exist for exactly the 17 online Leistungen of the service catalogue', () => {
    assert.deepEqual([...DEMO_FORM_KEYS].sort(), [...ONLINE_SLUGS].sort());
  });

  for (const key of DEMO_FORM_KEYS) {
    describe(key, () => {
      it('is a valid form definition with 2 to 6 pages and a declaration', () => {
        const definition = parsed(key);
        assert.ok(definition.pages.length >= 2 && definition.pages.length <= 6, `${definition.pages.length} pages`);
        assert.ok(definition.declaration.length > 50);
      });

      it('uses every page id once and every field or group id once in the whole form', () => {
        const definition = parsed(key);
        const pageIds = definition.pages.map((page) => page.id);
        const itemIds = definition.pages.flatMap((page) =>
          page.items.flatMap((item) => (item.kind === 'field' ? [item.id] : [item.id, ...item.fields.map((field) => field.id)])),
        );
        assert.deepEqual(
          pageIds.filter((id, index) => pageIds.indexOf(id) !== index),
          [],
        );
        assert.deepEqual(
          itemIds.filter((id, index) => itemIds.indexOf(id) !== index),
          [],
        );
      });

      it('refers in conditions, rules and fees only to existing fields, earlier pages and real option values', () => {
        assert.deepEqual(referenceProblems(parsed(key)), []);
      });

      it('gives choice fields options with distinct values and file fields accepted types', () => {
        for (const { field } of placesOf(parsed(key)).values()) {
          if (['select', 'radio', 'checkboxes'].includes(field.type)) {
            const values = field.options?.map((option) => option.value) ?? [];
            assert.ok(values.length >= 2, `${field.id} has options`);
            assert.equal(new Set(values).size, values.length, `${field.id} option values are distinct`);
          }
          if (field.type === 'file') assert.ok(field.accept?.length && field.maxFileBytes, `${field.id} limits type and size`);
          if (field.id === 'birthDate') assert.match(String(field.max), /^today(-\d+)?$/, 'a date of birth lies in the past');
        }
      });

      it('words the add button of every repeating group itself ("Weiteren Hund hinzufügen")', () => {
        for (const item of parsed(key).pages.flatMap((page) => page.items)) {
          if (item.kind === 'group' && item.repeat) assert.match(item.repeat.addLabel ?? '', /^Weiter(e|er|en|es) .+ hinzufügen$/, item.id);
        }
      });
    });
  }

  it('check the reference test itself: a condition on a missing field, a later page or a wrong option is found', () => {
    const definition = parsed('bewohnerparkausweis');
    const broken: FormDefinition = {
      ...definition,
      pages: definition.pages.map((page, index) => (index === 0 ? { ...page, visibleIf: { field: 'holder', equals: '01' } } : page)),
      rules: [{ id: 'broken', message: 'x', fields: ['nowhere'], check: { type: 'oneOf', of: ['email', 'phone'] } }],
      fee: { ...definition.fee!, lines: [{ label: 'x', amount: 1, when: { field: 'validity', equals: '3' } }] },
    };
    assert.deepEqual(referenceProblems(broken), [
      'page antrag: "holder" is asked on a later page',
      'rule broken: unknown field "nowhere"',
      'fee "x": "validity" has no option "3"',
    ]);
  });

  it('Bewohnerparkausweis carries the FIM ids of Stammdatenschema S05000058 V1.0', () => {
    const definition = parsed('bewohnerparkausweis');
    const places = placesOf(definition);
    assert.equal(definition.fim?.schemaId, 'S05000058');
    assert.deepEqual(places.get('licensePlate')?.field.fim, { id: 'F05000627', version: '1.0' });
    assert.deepEqual(places.get('registrationCertificate')?.field.accept, ['application/pdf', 'image/jpeg', 'image/png']);
    assert.deepEqual(places.get('holderName')?.group?.fim, { id: 'G05000499', version: '1.0' });
    const halter = definition.pages.find((page) => page.id === 'halter');
    assert.deepEqual(halter?.visibleIf, { field: 'holder', equals: '02' });
  });
});

/** Fills a form page by page the way the browser would post it, and returns the answers the engine kept. */
function fillPageByPage(definition: FormDefinition, example: Answers): Answers {
  let answers: Answers = {};
  const done = new Set<string>();
  for (;;) {
    const page = visiblePages(definition, answers).find((candidate) => !done.has(candidate.id));
    if (!page) return answers;
    const files = Object.fromEntries(fileFieldsOf(definition, page).map((field) => [field.id, (example[field.id] as string[] | undefined) ?? []]));
    const result = readPage(definition, page.id, answersToValues(definition, page, example), answers, files);
    assert.ok(result.ok, `page ${page.id}: ${JSON.stringify(result.ok ? {} : result.errors)}`);
    answers = result.answers;
    done.add(page.id);
  }
}

describe('demo forms filled with the example answers', () => {
  const examples = demoExamples();

  for (const key of DEMO_FORM_KEYS) {
    it(`${key}: every page is accepted, nothing is missing and the answers are kept as given`, () => {
      const definition = parsed(key);
      const example = examples[key];
      const answers = fillPageByPage(definition, example.answers);
      assert.deepEqual(validateAnswers(definition, answers), []);
      assert.deepEqual(answers, example.answers);
      assert.equal(computeFee(definition, answers).totalCents, example.feeCents ?? 0);
    });
  }

  it('Bewohnerparkausweis costs 30,70 € per year of validity', () => {
    const definition = parsed('bewohnerparkausweis');
    const { answers } = examples.bewohnerparkausweis;
    assert.deepEqual(computeFee(definition, answers), {
      totalCents: 6140,
      lines: [
        { label: 'Bewohnerparkausweis, 12 Monate', amountCents: 3070 },
        { label: 'Weitere 12 Monate Gültigkeit', amountCents: 3070 },
      ],
    });
    assert.equal(computeFee(definition, { ...answers, validity: '1' }).totalCents, 3070);
  });

  it('Haltverbotszone costs a base fee plus 5 € per day plus the sign rental when the city lends the signs', () => {
    const definition = parsed('halteverbotszone-umzug');
    const { answers } = examples['halteverbotszone-umzug'];
    assert.equal(computeFee(definition, answers).totalCents, 3500 + 2 * 500 + 2000);
    assert.equal(computeFee(definition, { ...answers, days: '5', signs: 'eigene' }).totalCents, 3500 + 5 * 500);
  });

  it('Haltverbotszone refuses a period longer than 14 days and a last day before the first', () => {
    const definition = parsed('halteverbotszone-umzug');
    const { answers } = examples['halteverbotszone-umzug'];
    const from = answers.dateFrom as string;
    const plus = (days: number) => new Date(Date.parse(`${from}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const errorsFor = (dateTo: string) => validateAnswers(definition, { ...answers, dateTo }).flatMap(({ errors }) => Object.keys(errors));
    assert.deepEqual(errorsFor(plus(13)), []);
    assert.deepEqual(errorsFor(plus(14)), ['dateTo']);
    assert.deepEqual(errorsFor(plus(-1)), ['dateTo']);
  });

  it('Bewohnerparkausweis asks for the other holder only when the applicant is not the holder', () => {
    const definition = parsed('bewohnerparkausweis');
    const { answers } = examples.bewohnerparkausweis;
    assert.ok(!visiblePages(definition, answers).some((page) => page.id === 'halter'));
    const errors = validateAnswers(definition, { ...answers, holder: '02' });
    assert.deepEqual(
      errors.map(({ pageId }) => pageId),
      ['halter'],
    );
    assert.ok('usageConsent' in errors[0]!.errors && 'holderName' in errors[0]!.errors);
  });

  it('a missing contact is reported at the e-mail field (phone or e-mail)', () => {
    const definition = parsed('hundesteuer-anmeldung');
    const answers = { ...examples['hundesteuer-anmeldung'].answers };
    delete answers.email;
    assert.deepEqual(validateAnswers(definition, answers), [
      { pageId: 'kontakt', errors: { email: 'Geben Sie eine E-Mail-Adresse oder eine Telefonnummer an' } },
    ]);
    assert.deepEqual(validateAnswers(definition, { ...answers, phone: '02371 123456' }), []);
  });
});

describe('seedFormsDemo', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('publishes version 1 of every demo form once; running it again changes nothing', async () => {
    await seedFormsDemo(t.deps);
    const first = await t.db.select().from(formVersions).orderBy(asc(formVersions.formKey));
    await seedFormsDemo(t.deps);
    const second = await t.db.select().from(formVersions).orderBy(asc(formVersions.formKey));
    assert.deepEqual(second, first);
    assert.deepEqual(
      first.map((row) => row.formKey),
      [...DEMO_FORM_KEYS].sort(),
    );
    for (const row of first) {
      assert.equal(row.version, 1);
      assert.equal(row.status, 'published');
      assert.equal(row.source, 'manual');
      assert.ok(row.publishedAt instanceof Date);
      assert.deepEqual(formDefinitionSchema.parse(row.definition), row.definition);
    }
  });

  it('leaves a form alone that already has a version (a draft from the editor) and adds the missing ones', async () => {
    await t.reset();
    const draft = { ...parsed('briefwahl'), title: 'Briefwahl (geändert)' };
    await t.db.insert(formVersions).values({ formKey: 'briefwahl', version: 1, status: 'draft', definition: draft });
    await seedFormsDemo(t.deps);
    const briefwahl = await t.db.select().from(formVersions).where(eq(formVersions.formKey, 'briefwahl'));
    assert.equal(briefwahl.length, 1);
    assert.equal(briefwahl[0]!.status, 'draft');
    assert.equal(briefwahl[0]!.definition.title, 'Briefwahl (geändert)');
    assert.equal((await t.db.select().from(formVersions)).length, DEMO_FORM_KEYS.length);
  });
});
