import { fimRefSchema, type FieldDef, type FimRef, type FormDefinition, type FormDefinitionInput, type GroupDef, type PageDef } from '../definition';
import type { CodeListIndex } from './codelists';
import { clip, fieldOfType } from './field-types';
import { IdAllocator } from './ids';
import type { FimElement, FimField, FimGroup, FimRule, FimSchema } from './model';

export const DEFAULT_DECLARATION = 'Ich versichere, dass meine Angaben richtig und vollständig sind.';
/** Largest repeat count the form engine offers (`repeat.max` in the definition schema). */
const MAX_REPEAT = 50;

type Item = FieldDef | GroupDef;

/** Where label texts (Feldart `label`) end up: the hint of the page or group they stand in. */
interface Container {
  hints: string[];
}

interface Context {
  /** An enclosing group is optional (Anzahl 0:…), so nothing inside can be required on its own. */
  optional: boolean;
  container: Container;
}

interface PendingRule {
  rule: FimRule;
  attachedTo: string[];
}

function describe(element: { id: string; name: string }): string {
  return `${element.id || 'ohne ID'} „${element.name}“`;
}

function anzahl(element: FimElement): string {
  return `${element.multiplicity.min}:${element.multiplicity.max ?? '*'}`;
}

/** Turns a read XDatenfelder schema into a form definition; what does not fit is listed in `unsupported`. */
export function toDefinition(schema: FimSchema, codeLists: CodeListIndex): { definition: FormDefinitionInput; unsupported: string[] } {
  return new Mapper(codeLists).map(schema);
}

class Mapper {
  private readonly ids = new IdAllocator();
  private readonly unsupported: string[] = [];
  private readonly rules = new Map<string, PendingRule>();
  /** FIM id → ids in the definition, to say which fields a rule text refers to. */
  private readonly formIdsOf = new Map<string, string[]>();

  constructor(private readonly codeLists: CodeListIndex) {
    this.unsupported.push(...codeLists.problems);
  }

  map(schema: FimSchema): { definition: FormDefinitionInput; unsupported: string[] } {
    this.collectRules(schema.rules, []);
    const pages: PageDef[] = [];
    const topFields = schema.children.filter((element): element is FimField => element.kind === 'field');
    if (topFields.length > 0) {
      const container: Container = { hints: [] };
      const items = this.items(topFields, { optional: false, container });
      this.pushPage(pages, { name: 'Allgemeine Angaben', label: 'Allgemeine Angaben', id: schema.id }, items, container);
    }
    for (const group of schema.children.filter((element): element is FimGroup => element.kind === 'group')) {
      this.groupPage(pages, group);
    }
    const openRules = [...this.rules.values()].map(({ rule, attachedTo }) => this.openRule(rule, attachedTo));
    const definition: FormDefinitionInput = {
      schemaVersion: 1,
      title: clip(schema.label || schema.name || 'FIM-Formular', 200),
      pages,
      declaration: DEFAULT_DECLARATION,
      fim: { schemaId: schema.id, ...(schema.version ? { version: schema.version } : {}), name: schema.name, standard: schema.standard },
      openRules,
    };
    // Groups used more than once (e.g. an address) would repeat the same remark.
    return { definition, unsupported: [...new Set(this.unsupported)] };
  }

  private report(element: { id: string; name: string }, message: string): void {
    this.unsupported.push(`${describe(element)}: ${message}`);
  }

  private fimRef(element: FimElement): FimRef | undefined {
    const parsed = fimRefSchema.safeParse({ id: element.id, ...(element.version ? { version: element.version } : {}) });
    if (parsed.success) return parsed.data;
    this.report(element, 'Die Kennung ist keine gültige FIM-ID (F, G oder S mit 8 bis 11 Ziffern); das Element wurde ohne FIM-Bezug übernommen.');
    return undefined;
  }

  private remember(element: FimElement, formId: string): void {
    this.formIdsOf.set(element.id, [...(this.formIdsOf.get(element.id) ?? []), formId]);
    this.collectRules(element.rules, [formId]);
  }

  private collectRules(rules: FimRule[], attachedTo: string[]): void {
    for (const rule of rules) {
      const key = `${rule.id}@${rule.version ?? ''}`;
      const pending = this.rules.get(key);
      if (pending) pending.attachedTo.push(...attachedTo);
      else this.rules.set(key, { rule, attachedTo: [...attachedTo] });
    }
  }

  /** A rule is kept as text for staff, with the fields it hangs on and the ones its text names. */
  private openRule(rule: FimRule, attachedTo: string[]): FormDefinition['openRules'][number] {
    const named = [...rule.text.matchAll(/\b[FG]\d{8,11}\b/g)].flatMap((match) => this.formIdsOf.get(match[0]) ?? []);
    const appliesTo = [...new Set([...attachedTo, ...named])];
    const kind = rule.hasScript ? 'Skript' : 'Freitext';
    this.report(
      rule,
      `Regel (${kind}) wurde nicht automatisch umgesetzt: „${rule.text || 'ohne Beschreibung'}“. Ergänzen Sie sie im Editor als Bedingung oder Prüfregel.`,
    );
    return { fimId: rule.id, name: rule.name || rule.id, text: rule.text || 'ohne Beschreibung', appliesTo };
  }

  /** Returns the new page's id, or null when there was nothing to put on it. */
  private pushPage(pages: PageDef[], source: { id: string; name: string; label: string }, items: Item[], container: Container, hint?: string): string | null {
    if (items.length === 0) {
      this.report(source, 'Die Gruppe enthält keine Eingabefelder, die übernommen werden konnten; es wurde keine Seite angelegt.');
      return null;
    }
    const hints = [hint, ...container.hints].filter(Boolean).join(' ');
    const id = this.ids.next(source.name, 'seite');
    pages.push({ id, title: clip(source.label, 200), ...(hints ? { hint: clip(hints, 2000) } : {}), items });
    return id;
  }

  /** A top-level group becomes a page; repeated, it becomes a page with one repeating group. */
  private groupPage(pages: PageDef[], group: FimGroup): void {
    const container: Container = { hints: [] };
    if (group.multiplicity.max !== 1) {
      const repeating = this.group(group, { optional: false, container }, true);
      this.pushPage(pages, group, repeating ? [repeating] : [], container);
      return;
    }
    const optional = group.multiplicity.min === 0;
    if (optional) this.reportOptional(group);
    const pageId = this.pushPage(pages, group, this.items(group.children, { optional, container }), container, group.hint);
    if (pageId) this.remember(group, pageId);
  }

  private reportOptional(group: FimGroup): void {
    const hasRequired = (elements: FimElement[]): boolean =>
      elements.some((element) => element.multiplicity.min > 0 && (element.kind === 'field' || hasRequired(element.children)));
    if (hasRequired(group.children)) {
      this.report(
        group,
        `Die Gruppe ist optional (Anzahl ${anzahl(group)}); ihre Pflichtfelder wurden als freiwillig übernommen. Legen Sie im Editor fest, wann sie auszufüllen sind (Bedingung).`,
      );
    }
  }

  /** Items of a page: fields, and groups one level deep. */
  private items(elements: FimElement[], context: Context): Item[] {
    const items: Item[] = [];
    for (const element of elements) {
      const item = element.kind === 'field' ? this.field(element, context) : this.group(element, context, element.multiplicity.max !== 1);
      if (item) items.push(item);
    }
    return items;
  }

  private group(group: FimGroup, context: Context, repeats: boolean): GroupDef | null {
    const container: Container = { hints: [] };
    const optional = !repeats && (context.optional || group.multiplicity.min === 0);
    if (!repeats && !context.optional && group.multiplicity.min === 0) this.reportOptional(group);
    const fields = this.flatFields(group.children, { optional, container });
    if (fields.length === 0) {
      this.report(group, 'Die Gruppe enthält keine Eingabefelder, die übernommen werden konnten; sie wurde weggelassen.');
      return null;
    }
    const id = this.ids.next(group.name, 'gruppe');
    this.remember(group, id);
    const hint = [group.hint, ...container.hints].filter(Boolean).join(' ');
    const fim = this.fimRef(group);
    return {
      kind: 'group',
      id,
      label: clip(group.label, 500),
      ...(hint ? { hint: clip(hint, 2000) } : {}),
      ...(fim ? { fim } : {}),
      ...(repeats ? { repeat: this.repeat(group) } : {}),
      fields,
    };
  }

  private repeat(group: FimGroup): NonNullable<GroupDef['repeat']> {
    const { min, max } = group.multiplicity;
    if (max !== null && max > MAX_REPEAT) {
      this.report(group, `Die Gruppe darf laut FIM bis zu ${max}-mal vorkommen; das Formular erlaubt höchstens ${MAX_REPEAT} Einträge.`);
    }
    const limit = Math.min(max ?? MAX_REPEAT, MAX_REPEAT);
    // No addLabel: "weitere" inflects by the noun's gender, which a FIM label does not tell ("Weitere
    // Angaben zum Betriebsinhaber"?). The form shows the neutral default until staff write one in the editor.
    return { min: Math.min(min, limit), max: limit, itemLabel: clip(group.label, 100) };
  }

  /** Groups inside a group are not nested in the definition: their fields join the outer group. */
  private flatFields(elements: FimElement[], context: Context): FieldDef[] {
    const fields: FieldDef[] = [];
    for (const element of elements) {
      if (element.kind === 'field') {
        const field = this.field(element, context);
        if (field) fields.push(field);
        continue;
      }
      if (element.multiplicity.max !== 1) {
        this.report(
          element,
          `Die Gruppe wiederholt sich (Anzahl ${anzahl(element)}) innerhalb einer anderen Gruppe; verschachtelte Wiederholungen werden nicht unterstützt. Ihre Felder wurden einmal in die äußere Gruppe übernommen.`,
        );
      } else if (!context.optional && element.multiplicity.min === 0) {
        this.reportOptional(element);
      }
      const inner = this.flatFields(element.children, { ...context, optional: context.optional || element.multiplicity.min === 0 });
      if (inner.length > 0) this.remember(element, inner[0]!.id);
      fields.push(...inner);
    }
    return fields;
  }

  private field(field: FimField, context: Context): FieldDef | null {
    if (field.feldart === 'label') {
      const shown = field.content || field.hint || field.label;
      if (shown) context.container.hints.push(shown);
      return null;
    }
    if (field.feldart === 'hidden' || field.feldart === 'locked') {
      const what = field.feldart === 'hidden' ? 'ein verstecktes Feld (hidden)' : 'ein schreibgeschütztes Feld (locked)';
      this.report(field, `Das Feld ist ${what}; Antragstellende füllen es nicht aus. Es wurde nicht übernommen.`);
      return null;
    }
    if (field.datentyp === 'obj') {
      this.report(field, 'Datentyp „obj“ (Binärobjekt) wird nicht unterstützt; das Feld wurde nicht übernommen.');
      return null;
    }
    const multiple = field.multiplicity.max !== 1;
    const id = this.ids.next(field.name, 'feld');
    this.remember(field, id);
    const fim = this.fimRef(field);
    if (field.label.length > 500) this.report(field, 'Die Bezeichnung ist länger als 500 Zeichen und wurde gekürzt.');
    const base: FieldDef = {
      kind: 'field',
      id,
      type: 'text',
      label: clip(field.label, 500),
      ...(field.hint ? { hint: clip(field.hint, 2000) } : {}),
      required: field.multiplicity.min > 0 && !context.optional,
      ...(fim ? { fim } : {}),
    };
    if (field.content && field.feldart !== 'select') this.report(field, `Die Vorbelegung „${clip(field.content, 200)}“ wurde nicht übernommen.`);
    if (field.unreadablePrecision) {
      this.report(field, `Die Präzisierung „${clip(field.unreadablePrecision, 200)}“ ist nicht lesbar und wurde nicht übernommen.`);
    }
    const mapped = fieldOfType(field, base, multiple, { codeLists: this.codeLists, report: (message) => this.report(field, message) });
    if (multiple && mapped.type !== 'checkboxes') {
      this.report(field, `Das Feld darf mehrfach vorkommen (Anzahl ${anzahl(field)}); übernommen wurde ein einzelnes Feld.`);
    }
    return mapped;
  }
}
