import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Executor } from '../../../kernel/db';
import { isUuid } from '../../../kernel/http';
import { paperSearchQuery } from '../search/schemas';
import type { AlertKind, AlertSearch } from '../tables';
import { germanDay } from '../search/presenters';

/**
 * What an alert follows, as the links to the form name it (`/rat/benachrichtigungen/neu?…`) and the
 * form carries it back in hidden fields: `vorlage=<paper id>`, `gremium=<slug>`, or `suche=ja` with
 * the search's parameters (`q`, `art`, `gremium`, `von`, `bis`).
 */
export type AlertTarget = { kind: 'paper'; paperId: string } | { kind: 'gremium'; slug: string } | { kind: 'search'; search: AlertSearch };

const param = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The target the parameters name, or null when they name none (a hand-edited URL). */
export function alertTargetOf(params: Record<string, unknown>): AlertTarget | null {
  const paperId = param(params.vorlage);
  if (paperId !== undefined) return isUuid(paperId) ? { kind: 'paper', paperId } : null;
  if (param(params.suche) === 'ja') {
    const { q, art, gremium, von, bis } = paperSearchQuery.parse(params);
    return { kind: 'search', search: { q, art, gremium, von, bis } };
  }
  const slug = z.string().trim().min(1).max(120).safeParse(params.gremium);
  return slug.success ? { kind: 'gremium', slug: slug.data } : null;
}

/** The hidden fields that carry a target through the form. */
export function targetFields(target: AlertTarget): Record<string, string> {
  if (target.kind === 'paper') return { vorlage: target.paperId };
  if (target.kind === 'gremium') return { gremium: target.slug };
  const fields: Record<string, string> = { suche: 'ja' };
  for (const [key, value] of Object.entries(target.search)) if (value) fields[key] = value;
  return fields;
}

/** A target found in the council's public data, with what the subscription row keeps of it. */
export interface ResolvedTarget {
  kind: AlertKind;
  targetKey: string;
  label: string;
  search: AlertSearch | null;
  organizationId: string | null;
  paperId: string | null;
}

function searchLabel(search: AlertSearch, gremiumName: string | undefined): string {
  const parts = [search.q ? `Suche „${search.q}“` : 'Alle neuen Vorlagen'];
  if (search.art) parts.push(`Art: ${search.art}`);
  if (gremiumName) parts.push(`Gremium: ${gremiumName}`);
  if (search.von) parts.push(`ab ${germanDay(search.von)}`);
  if (search.bis) parts.push(`bis ${germanDay(search.bis)}`);
  return parts.join(', ');
}

/**
 * The target as the public sees it: a paper that is public and not deleted, a Gremium not deleted;
 * null for anything else (the page answers 404, as for a paper one may not see).
 */
export async function resolveAlertTarget(db: Executor, target: AlertTarget): Promise<ResolvedTarget | null> {
  if (target.kind === 'paper') {
    const [paper] = await queryRows<{ id: string; name: string | null; reference: string | null }>(
      db,
      sql`select id, name, reference from council_papers where id = ${target.paperId} and public and not deleted`,
    );
    if (!paper) return null;
    const label = `Vorlage ${[paper.reference, paper.name].filter(Boolean).join(': ') || 'ohne Titel'}`;
    return { kind: 'paper', targetKey: `paper:${paper.id}`, label, search: null, organizationId: null, paperId: paper.id };
  }
  const slug = target.kind === 'gremium' ? target.slug : target.search.gremium;
  const [gremium] = slug
    ? await queryRows<{ id: string; name: string }>(
        db,
        sql`select id, coalesce(name, short_name, slug) as "name" from council_organizations where slug = ${slug} and not deleted order by id limit 1`,
      )
    : [];
  if (target.kind === 'gremium') {
    if (!gremium) return null;
    return { kind: 'gremium', targetKey: `gremium:${gremium.id}`, label: gremium.name, search: null, organizationId: gremium.id, paperId: null };
  }
  const search: AlertSearch = { q: target.search.q, art: target.search.art, gremium: target.search.gremium, von: target.search.von, bis: target.search.bis };
  const key = JSON.stringify([search.q.toLowerCase(), search.art ?? '', search.gremium ?? '', search.von ?? '', search.bis ?? '']);
  return { kind: 'search', targetKey: `search:${key}`, label: searchLabel(search, gremium?.name), search, organizationId: null, paperId: null };
}
