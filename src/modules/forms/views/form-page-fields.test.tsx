import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { formDefinitionSchema } from '../definition';
import { answersToValues, readPage } from '../engine';
import { FormPageFields } from './form-page-fields';

const definition = formDefinitionSchema.parse({
  schemaVersion: 1,
  title: 'Test',
  declaration: 'Stimmt.',
  pages: [
    { id: 'first', title: 'Erste', items: [{ kind: 'field', id: 'owner', label: 'Sind Sie Eigentümer?', type: 'checkbox' }] },
    {
      id: 'second',
      title: 'Zweite',
      items: [
        { kind: 'field', id: 'given', label: 'Vorname', type: 'text', required: true, autocomplete: 'given-name' },
        { kind: 'field', id: 'parcel', label: 'Flurstück', type: 'text', visibleIf: { field: 'owner', equals: true } },
        {
          kind: 'field',
          id: 'kids',
          label: 'Haben Sie Kinder?',
          type: 'radio',
          options: [
            { value: 'ja', label: 'Ja' },
            { value: 'nein', label: 'Nein' },
          ],
        },
        { kind: 'field', id: 'kidCount', label: 'Anzahl', type: 'number', visibleIf: { field: 'kids', equals: 'ja' } },
        { kind: 'field', id: 'home', label: 'Anschrift', type: 'address' },
        { kind: 'field', id: 'born', label: 'Geburtsdatum', type: 'date', autocomplete: 'bday' },
        { kind: 'field', id: 'proof', label: 'Nachweis', type: 'file', accept: ['application/pdf'], maxFileBytes: 5 * 1024 * 1024 },
        {
          kind: 'group',
          id: 'people',
          label: 'Weitere Personen',
          repeat: { min: 0, max: 2, itemLabel: 'Person' },
          fields: [{ kind: 'field', id: 'personName', label: 'Name', type: 'text' }],
        },
      ],
    },
  ],
});
const page = definition.pages[1]!;

const html = (answers: Parameters<typeof answersToValues>[2], extra: Partial<Parameters<typeof FormPageFields>[0]> = {}) =>
  render(<FormPageFields definition={definition} page={page} answers={answers} values={answersToValues(definition, page, answers)} {...extra} />);

describe('FormPageFields', () => {
  it('draws a field that depends on an earlier page only when that answer makes it visible', () => {
    assert.doesNotMatch(html({ owner: false }), /Flurstück/);
    assert.match(html({ owner: true }), /Flurstück/);
  });

  it('draws a field that depends on this page with a hint instead of hiding it', () => {
    assert.match(html({}), /Nur ausfüllen, wenn bei „Haben Sie Kinder\?“ „Ja“ angegeben ist\./);
  });

  it('uses autocomplete tokens and the kernel date and address inputs', () => {
    const output = html({});
    assert.match(output, /id="given" name="given" type="text"[^>]*autocomplete="given-name"/);
    assert.match(output, /name="born-day"[^>]*autocomplete="bday-day"/);
    assert.match(output, /id="home.postalCode" name="home.postalCode"[^>]*autocomplete="postal-code"/);
  });

  it('lists uploaded files with a remove button and offers a multiple file input', () => {
    const output = html({ proof: ['f1'] }, { files: { proof: [{ id: 'f1', filename: 'bescheid.pdf', size: 2048, href: '/datei/f1' }] } });
    assert.match(output, /<a href="\/datei\/f1">bescheid.pdf<\/a> \(2 KB\)/);
    assert.match(output, /name="_removeFile" value="f1">Entfernen<span class="visually-hidden"> bescheid.pdf<\/span>/);
    assert.match(output, /type="file" id="proof" name="proof" multiple accept="application\/pdf"/);
    assert.match(output, /Erlaubt sind PDF, höchstens 5 MB je Datei\./);
  });

  it('draws repeating items with headings, remove buttons and the add button up to max', () => {
    const two = html({ people: [{ personName: 'Anna' }, { personName: 'Ben' }] });
    assert.match(two, /<h2>Person 2<\/h2>/);
    assert.match(two, /name="people.1.personName"[^>]*value="Ben"/);
    assert.match(two, /name="_removeItem" value="people.1"/);
    assert.match(two, /name="_items.people" value="2"/);
    assert.doesNotMatch(two, /name="_add"/, 'max reached');
    assert.match(html({}), /name="_add" value="people">Person hinzufügen/);
  });

  it('names the add button for one more item by the group\'s addLabel, else by the neutral default (never "Weitere Hund")', () => {
    const dogs = (repeat: Record<string, unknown>) => {
      const withDogs = formDefinitionSchema.parse({
        ...definition,
        pages: [
          {
            id: 'dogs',
            title: 'Hunde',
            items: [
              {
                kind: 'group',
                id: 'dogs',
                label: 'Ihre Hunde',
                repeat: { min: 1, max: 3, itemLabel: 'Hund', ...repeat },
                fields: [{ kind: 'field', id: 'dogName', label: 'Name', type: 'text' }],
              },
            ],
          },
        ],
      });
      const dogPage = withDogs.pages[0]!;
      return render(
        <FormPageFields
          definition={withDogs}
          page={dogPage}
          answers={{ dogs: [{ dogName: 'Bello' }] }}
          values={answersToValues(withDogs, dogPage, { dogs: [{ dogName: 'Bello' }] })}
        />,
      );
    };
    assert.match(dogs({ addLabel: 'Weiteren Hund hinzufügen' }), /name="_add" value="dogs">Weiteren Hund hinzufügen</);
    assert.match(dogs({}), /name="_add" value="dogs">Weiteren Eintrag hinzufügen</);
    assert.match(html({ people: [{ personName: 'Anna' }] }), /name="_add" value="people">Weiteren Eintrag hinzufügen</);
  });

  it('shows errors at their inputs after a failed read', () => {
    const result = readPage(definition, 'second', { given: '', 'home.street': 'Markt' }, {});
    assert.equal(result.ok, false);
    const output = render(
      <FormPageFields definition={definition} page={page} answers={result.answers} values={result.values} errors={result.ok ? {} : result.errors} />,
    );
    assert.match(output, /id="given-error"[^>]*><span class="visually-hidden">Fehler: <\/span>Geben Sie „Vorname“ an\./);
    assert.match(output, /id="home.houseNumber-error"/);
    assert.match(output, /name="home.street"[^>]*value="Markt"/);
  });
});
