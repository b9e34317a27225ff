import { findUserByEmail } from '../../../kernel/auth';
import { readDemoPack } from '../../../kernel/config/demo-pack';
import { berlinDay } from '../../../kernel/time';
import type { Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { computeFigures } from '../figures/compute-figures';
import { findLinkKind } from '../measures/link-sources';
import { cockpitMeasureChanges, cockpitMeasureLinks, cockpitMeasures, cockpitMilestones, cockpitRisks } from '../tables';
import { cockpitPackSchema, movedToMonthOf, type CockpitPack } from './pack';

type PackMeasure = CockpitPack['measures'][number];

/** The cockpit part of the municipality's demo pack (`cockpit.json`), or undefined without one. */
export function readCockpitPack(config: ModuleDeps['config']): CockpitPack | undefined {
  return readDemoPack(config, 'cockpit', cockpitPackSchema);
}

/**
 * The ids of the linked demo objects, asked of their modules by exact title (the cockpit seeds
 * last, after every module's own demo). An object the installation does not have is left out.
 */
async function resolveLinks(links: PackMeasure['links'], deps: ModuleDeps): Promise<Array<{ module: string; kind: string; targetId: string }>> {
  const resolved = [];
  for (const link of links) {
    const kind = findLinkKind(deps.modules, link.kind);
    const hit = kind ? (await kind.source.find(link.title, 20, deps)).find((candidate) => candidate.title === link.title) : undefined;
    if (kind && hit) resolved.push({ module: kind.module, kind: kind.kind, targetId: hit.id });
  }
  return resolved;
}

async function insertParts(tx: Executor, measureId: string, measure: PackMeasure, links: Awaited<ReturnType<typeof resolveLinks>>, actorId: string | null) {
  if (measure.milestones.length > 0) {
    await tx
      .insert(cockpitMilestones)
      .values(measure.milestones.map((milestone) => ({ measureId, title: milestone.title, dueOn: milestone.dueOn, doneOn: milestone.doneOn ?? null })));
  }
  if (measure.risks.length > 0) await tx.insert(cockpitRisks).values(measure.risks.map((risk) => ({ measureId, ...risk })));
  if (links.length > 0) await tx.insert(cockpitMeasureLinks).values(links.map((link) => ({ measureId, ...link })));
  const created = { measureId, actorId, changedAt: new Date(`${measure.startsOn}T09:00:00Z`), summary: 'Maßnahme angelegt', fields: [] };
  const later = measure.history.map((entry) => ({
    measureId,
    actorId,
    changedAt: new Date(`${entry.on}T09:00:00Z`),
    summary: entry.summary,
    fields: entry.fields,
  }));
  await tx.insert(cockpitMeasureChanges).values([created, ...later]);
}

/**
 * The town's measures from its pack, then the live figures at once, so `/digitalisierung` shows them
 * on the first start (the job keeps them current; without a pack only the figures).
 */
export async function seedCockpitDemo(deps: ModuleDeps, now = new Date()): Promise<void> {
  await seedMeasures(deps, now);
  await computeFigures(deps);
}

/** Idempotent: a measure whose address exists (also one changed by hand) is left as it is, with its parts. */
async function seedMeasures(deps: ModuleDeps, now: Date): Promise<void> {
  const written = readCockpitPack(deps.config);
  if (!written) return;
  const pack = movedToMonthOf(written, berlinDay(now));
  const actorId = pack.historyBy ? ((await findUserByEmail(deps.db, pack.historyBy))?.id ?? null) : null;
  for (const measure of pack.measures) {
    const links = await resolveLinks(measure.links, deps);
    await deps.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(cockpitMeasures)
        .values({
          slug: measure.slug,
          title: measure.title,
          goal: measure.goal,
          description: measure.description,
          ownerDepartmentId: measure.owner,
          status: measure.status,
          progressPercent: measure.progress,
          startsOn: measure.startsOn,
          endsOn: measure.endsOn ?? null,
          budgetCents: measure.budgetEuros === undefined ? null : Math.round(measure.budgetEuros * 100),
          fundingSource: measure.fundingSource,
          programReference: measure.programReference,
          published: measure.published,
          version: 1 + measure.history.length,
        })
        .onConflictDoNothing({ target: cockpitMeasures.slug })
        .returning({ id: cockpitMeasures.id });
      if (created) await insertParts(tx, created.id, measure, links, actorId);
    });
  }
}
