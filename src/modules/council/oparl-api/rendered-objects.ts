import { ChangeTracker, type TableChanges } from '../../../kernel/db';
import type { OparlContext } from './context';
import type { JsonObject } from './json';
import type { OparlKind } from './objects/common';
import { COUNCIL_OPARL_TABLES } from '../tables/notified';

/** About 1 KB each: a page of 100 papers with their consultations and files is 100 KB. */
const MAX_OBJECTS = 20_000;

/**
 * Rendered objects, the same for every caller (the API shows only what the public may see), kept
 * until a table they are rendered from changes. Council data changes seldom (an import an hour, a
 * meeting entered by hand), while clients page through the same objects with ever new
 * `modified_since`s: a list page then costs its keyset query and only the objects not kept yet.
 */
class RenderedObjects {
  private readonly entries = new Map<string, JsonObject>();
  private readonly tracker: ChangeTracker;

  constructor(changes: TableChanges) {
    this.tracker = new ChangeTracker(changes, (table) => {
      if (table === undefined || (COUNCIL_OPARL_TABLES as readonly string[]).includes(table)) this.entries.clear();
    });
  }

  /** The visible objects of `ids` in their order; ids the kind does not render (not visible) are left out. */
  async render(kind: OparlKind, context: OparlContext, ids: readonly string[]): Promise<JsonObject[]> {
    const keyOf = (id: string) => `${kind.type} ${context.omitInternal ? 'omit' : 'full'} ${context.baseUrl} ${id}`;
    const ticket = this.tracker.ticket(COUNCIL_OPARL_TABLES);
    const missing = ticket && this.tracker.live ? ids.filter((id) => !this.entries.has(keyOf(id))) : ids;
    const rendered = new Map<string, JsonObject>();
    if (missing.length > 0) for (const object of await kind.render(context, missing)) rendered.set(idOf(object), object);
    // Only what was read while no change came in may be kept.
    if (ticket && this.tracker.isCurrent(ticket)) {
      for (const [id, object] of rendered) {
        if (this.entries.size >= MAX_OBJECTS) this.entries.delete(this.entries.keys().next().value as string);
        this.entries.set(keyOf(id), object);
      }
    }
    return ids.flatMap((id) => {
      const object = rendered.get(id) ?? this.entries.get(keyOf(id));
      return object ? [object] : [];
    });
  }
}

/** The last segment of the object's canonical URL: our id. */
function idOf(object: JsonObject): string {
  return String(object.id).slice(String(object.id).lastIndexOf('/') + 1);
}

const stores = new WeakMap<TableChanges, RenderedObjects>();

/** `kind.render` through the objects kept for this database's changes. */
export function renderKept(changes: TableChanges, kind: OparlKind, context: OparlContext, ids: readonly string[]): Promise<JsonObject[]> {
  let store = stores.get(changes);
  if (!store) stores.set(changes, (store = new RenderedObjects(changes)));
  return store.render(kind, context, ids);
}
