import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formDefinitionSchema, type FormDefinitionInput } from './definition';

const withRepeat = (repeat: Record<string, unknown>): FormDefinitionInput => ({
  schemaVersion: 1,
  title: 'Hunde',
  declaration: 'Stimmt.',
  pages: [
    {
      id: 'dogs',
      title: 'Hunde',
      items: [
        {
          kind: 'group',
          id: 'dogs',
          label: 'Ihre Hunde',
          repeat: { min: 1, max: 3, itemLabel: 'Hund', ...repeat } as never,
          fields: [{ kind: 'field', id: 'dogName', label: 'Name', type: 'text' }],
        },
      ],
    },
  ],
});

describe('form definition: repeating groups', () => {
  it('keeps versions without addLabel valid (published versions never change)', () => {
    const parsed = formDefinitionSchema.safeParse(withRepeat({}));
    assert.ok(parsed.success);
    const group = parsed.data.pages[0]!.items[0]!;
    assert.ok(group.kind === 'group');
    assert.deepEqual(group.repeat, { min: 1, max: 3, itemLabel: 'Hund' });
  });

  it('takes a written add button text and refuses an empty or overlong one and unknown keys', () => {
    assert.ok(formDefinitionSchema.safeParse(withRepeat({ addLabel: 'Weiteren Hund hinzufügen' })).success);
    for (const repeat of [{ addLabel: '' }, { addLabel: 'x'.repeat(101) }, { removeLabel: 'Hund entfernen' }]) {
      assert.equal(formDefinitionSchema.safeParse(withRepeat(repeat)).success, false, JSON.stringify(repeat));
    }
  });
});
