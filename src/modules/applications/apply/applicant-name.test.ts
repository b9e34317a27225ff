import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formDefinitionSchema, type Answers } from '../../forms';
import { applicantNameFromAnswers } from './applicant-name';

const definition = formDefinitionSchema.parse({
  schemaVersion: 1,
  title: 'Test',
  declaration: 'Ich versichere es.',
  pages: [
    {
      id: 'person',
      title: 'Person',
      items: [
        { kind: 'field', id: 'vorname', type: 'text', label: 'Vorname', autocomplete: 'given-name' },
        { kind: 'field', id: 'nachname', type: 'text', label: 'Nachname', autocomplete: 'family-name' },
        {
          kind: 'group',
          id: 'kinder',
          label: 'Kinder',
          repeat: { min: 0, max: 5, itemLabel: 'Kind' },
          fields: [{ kind: 'field', id: 'kindName', type: 'text', label: 'Name', autocomplete: 'name' }],
        },
      ],
    },
  ],
});

describe('the applicant name of a guest', () => {
  const cases: [string, Answers, string | null][] = [
    ['given and family name', { vorname: 'Erika', nachname: 'Mustermann' }, 'Erika Mustermann'],
    ['only the family name', { nachname: 'Mustermann' }, 'Mustermann'],
    ['blank answers', { vorname: '  ', nachname: '' }, null],
    ["a child's name in a repeating group is not the applicant's", { kinder: [{ kindName: 'Max' }] }, null],
  ];
  for (const [name, answers, expected] of cases) it(name, () => assert.equal(applicantNameFromAnswers(definition, answers), expected));
});
