import { SummaryList } from '../../../../kernel/views';
import type { FieldDef, FormDefinition, GroupDef } from '../../definition';
import { FIELD_TYPE_LABELS } from '../../presenters';
import { describeCondition } from '../condition-text';

/** What an item is, in one line: type, required, FIM id, condition. */
export function facts(item: FieldDef | GroupDef, definition: FormDefinition): string {
  const parts = [
    item.kind === 'field' ? FIELD_TYPE_LABELS[item.type] : item.repeat ? `Wiederholbare Gruppe (${item.repeat.min} bis ${item.repeat.max})` : 'Gruppe',
  ];
  if (item.kind === 'field' && item.required) parts.push('Pflichtangabe');
  if (item.fim) parts.push(`FIM ${item.fim.id}${item.fim.version ? ` Version ${item.fim.version}` : ''}`);
  if (item.visibleIf) parts.push(`nur wenn ${describeCondition(item.visibleIf, definition)}`);
  return parts.join(' · ');
}

function rowsOf(items: Array<FieldDef | GroupDef>, definition: FormDefinition, prefix = ''): { key: string; value: preact.ComponentChildren }[] {
  return items.flatMap((item) => [
    {
      key: `${prefix}${item.label}`,
      value: (
        <>
          {facts(item, definition)}
          {item.hint && <p class="hint">{item.hint}</p>}
          {item.kind === 'field' && item.options && (
            <ul>
              {item.options.map((option) => (
                <li>{option.label}</li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    ...(item.kind === 'group' ? rowsOf(item.fields, definition, `${item.label}: `) : []),
  ]);
}

/** A definition to read (old versions): every page with its fields, types, conditions and answers. */
export function DefinitionOutline({ definition }: { definition: FormDefinition }) {
  return (
    <>
      {definition.intro && <p>{definition.intro}</p>}
      {definition.pages.map((page, index) => (
        <div>
          <h2 id={`outline-${page.id}`}>
            Seite {index + 1}: {page.title}
          </h2>
          {page.visibleIf && <p class="hint">Diese Seite wird nur gezeigt, wenn {describeCondition(page.visibleIf, definition)}.</p>}
          <SummaryList rows={rowsOf(page.items, definition)} />
        </div>
      ))}
      <h2>Erklärung vor dem Absenden</h2>
      <p>{definition.declaration}</p>
    </>
  );
}
