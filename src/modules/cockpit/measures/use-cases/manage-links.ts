import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { LinkTarget, ModuleDeps } from '../../../../kernel/module';
import { cockpitMeasureLinks, type Measure } from '../../tables';
import { measureToEdit } from '../access';
import { recordChange } from '../history';
import { findLinkKind, linkKinds, resolveLinks, type LinkKind } from '../link-sources';
import type { LinkForm } from '../schemas';

type Deps = ModuleDeps & { ip?: string };

/** Most hits one search shows: enough to pick from, bounded so a one-letter search stays cheap. */
const HITS = 20;

export interface LinkSearch {
  measure: Measure;
  kinds: LinkKind[];
  /** The kind searched and what it found; absent before the first search. */
  searched?: { kind: LinkKind; query: string; hits: LinkTarget[] };
}

/** The link page: a search field per kind; with a kind and words, that module's public objects whose titles match. */
export async function searchLinkTargets(actor: Actor, id: string, query: { art?: string | undefined; q: string }, deps: ModuleDeps): Promise<LinkSearch> {
  const { measure } = await measureToEdit(actor, id, deps.db);
  const kinds = linkKinds(deps.modules);
  const kind = query.art ? kinds.find((candidate) => candidate.key === query.art) : undefined;
  if (!kind || !query.q) return { measure, kinds };
  return { measure, kinds, searched: { kind, query: query.q, hits: await kind.source.find(query.q, HITS, deps) } };
}

/** Links an object that its module still offers publicly; linking it twice changes nothing. */
export async function addLink(actor: Actor, id: string, form: LinkForm, deps: Deps): Promise<Outcome<{ title: string }>> {
  const { user, measure } = await measureToEdit(actor, id, deps.db);
  const kind = findLinkKind(deps.modules, form.art);
  if (!kind) return refuse({ art: 'Diese Art von Verknüpfung gibt es nicht. Wählen Sie eine aus der Liste.' });
  const [target] = await kind.source.byIds([form.ziel], deps);
  if (!target) return refuse({ ziel: 'Dieses Ziel gibt es nicht oder nicht öffentlich. Suchen Sie erneut und wählen Sie einen Treffer.' });
  await deps.db.transaction(async (tx) => {
    const [added] = await tx
      .insert(cockpitMeasureLinks)
      .values({ measureId: measure.id, module: kind.module, kind: kind.kind, targetId: target.id })
      .onConflictDoNothing()
      .returning({ targetId: cockpitMeasureLinks.targetId });
    if (!added) return;
    await recordChange(tx, user, measure.id, `Verknüpft: ${kind.label} – ${target.title}`, [{ field: kind.label, before: '', after: target.title }]);
    await audit(tx, user, {
      action: 'cockpit.link_added',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { module: kind.module, kind: kind.kind, target: target.id },
      ip: deps.ip,
    });
  });
  return { ok: true, title: target.title };
}

/** Removes a link, also one whose object is gone (its module then has no title for it). */
export async function removeLink(actor: Actor, id: string, form: LinkForm, deps: Deps): Promise<void> {
  const { user, measure } = await measureToEdit(actor, id, deps.db);
  const [module, kind] = form.art.split(':') as [string, string];
  const [shown] = await resolveLinks([{ module, kind, targetId: form.ziel }], deps);
  const title = shown?.target?.title ?? `${form.ziel} (nicht mehr vorhanden)`;
  await deps.db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(cockpitMeasureLinks)
      .where(
        and(
          eq(cockpitMeasureLinks.measureId, measure.id),
          eq(cockpitMeasureLinks.module, module),
          eq(cockpitMeasureLinks.kind, kind),
          eq(cockpitMeasureLinks.targetId, form.ziel),
        ),
      )
      .returning({ targetId: cockpitMeasureLinks.targetId });
    if (!removed) return;
    const label = shown?.kindLabel ?? kind;
    await recordChange(tx, user, measure.id, `Verknüpfung entfernt: ${label} – ${title}`, [{ field: label, before: title, after: '' }]);
    await audit(tx, user, {
      action: 'cockpit.link_removed',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { module, kind, target: form.ziel },
      ip: deps.ip,
    });
  });
}
