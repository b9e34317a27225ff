import type { Executor } from '../../../kernel/db';
import { oparlObjectUrl, type OparlType } from '../paths';

/** What every answer of the OParl server is built with; the same for every caller (never personal). */
export interface OparlContext {
  db: Executor;
  /** The portal's configured base URL: every id is absolute (spec 2.3). */
  baseUrl: string;
  /** `omit_internal=true` (spec 2.5): the internal lists the spec names are left out. */
  omitInternal: boolean;
}

export function objectUrl(context: OparlContext, type: OparlType, id: string): string {
  return oparlObjectUrl(context.baseUrl, type, id);
}

/** A list of references as URLs. */
export function objectUrls(context: OparlContext, type: OparlType, ids: readonly string[]): string[] {
  return ids.map((id) => objectUrl(context, type, id));
}
