import type { JoinName, OparlKind } from './oparl-tables';
import { referenceUrl, referenceUrls, type Json } from './normalize';

/** Where an object is read: the body's row, and for an embedded object its holder's row and place. */
export interface MapContext {
  bodyId: string | null;
  /** The row of the object this one is embedded in (a Person's Membership, a Meeting's AgendaItem). */
  parentId?: string;
  /** 1-based place in the holder's array (AgendaItem.order when the source leaves it out). */
  position?: number;
  /** Embedded in a non-public agenda item: its files are not public either. */
  nonPublic?: boolean;
}

/** A single reference: a column of the holder's row, filled with the target's row id. */
export interface ColumnRef {
  column: string;
  url: string;
  types: readonly OparlKind[];
}

export interface Embedded {
  kind: OparlKind;
  data: unknown;
  ctx: Omit<MapContext, 'bodyId' | 'parentId'>;
}

/** An OParl object turned into a row of its table plus what refers elsewhere. */
export interface Mapped {
  /** Columns by their Drizzle names, without the common ones (the store adds them). */
  values: Record<string, unknown>;
  /** Resolved when the target is known; otherwise null until a later page or run brings it. */
  refs: ColumnRef[];
  /** The row cannot exist without these (NOT NULL): the whole object waits until they resolve. */
  required: ColumnRef[];
  joins: { name: JoinName; urls: string[] }[];
  /** Embedded objects the holder refers to (files, locations): stored first. */
  before: Embedded[];
  /** Embedded objects that refer to the holder (agenda items, consultations, memberships): stored after it. */
  after: Embedded[];
}

export const emptyMapped = (values: Record<string, unknown>): Mapped => ({ values, refs: [], required: [], joins: [], before: [], after: [] });

/** A reference given as URL or as embedded object (both occur); an embedded one is stored before its holder. */
export function refTo(mapped: Mapped, column: string, value: unknown, kind: OparlKind, ctx: Embedded['ctx'] = {}): void {
  const url = referenceUrl(value);
  if (!url) return;
  if (typeof value === 'object') mapped.before.push({ kind, data: value, ctx });
  mapped.refs.push({ column, url, types: [kind] });
}

/** A list of references as URLs or embedded objects, kept in a join table. */
export function joinTo(mapped: Mapped, name: JoinName, value: unknown, kind: OparlKind, ctx: Embedded['ctx'] = {}): void {
  if (!Array.isArray(value)) return;
  for (const entry of value) if (typeof entry === 'object' && referenceUrl(entry)) mapped.before.push({ kind, data: entry, ctx });
  mapped.joins.push({ name, urls: referenceUrls(value) });
}

/** Embedded objects that refer back to the holder, with their place in the array. */
export function children(mapped: Mapped, value: unknown, kind: OparlKind, ctx: Embedded['ctx'] = {}): void {
  if (!Array.isArray(value)) return;
  value.forEach((entry, index) => {
    if (typeof entry === 'object' && entry !== null) mapped.after.push({ kind, data: entry as Json, ctx: { ...ctx, position: index + 1 } });
  });
}

/** The holder given by embedding, or else the reference the object names (a list's Membership names its Person). */
export function holderOrRef(mapped: Mapped, column: string, ctx: MapContext, value: unknown, kind: OparlKind): void {
  if (ctx.parentId) {
    mapped.values[column] = ctx.parentId;
    return;
  }
  const url = referenceUrl(value);
  mapped.required.push({ column, url: url ?? '', types: [kind] });
}
