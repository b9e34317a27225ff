/**
 * One pass over a source: its System, the list of its bodies, then each body's external lists in an
 * order that lets most references resolve on sight (places and Gremien before the meetings and papers
 * that name them). Each page is stored in its own transaction; before a page is read the run records
 * it, so a run that stops (a server down, the process ended) is continued there by the next one.
 */
import type { Database } from '../../../kernel/db';
import type { ImportList, ImportPosition } from '../tables';
import { getJson, SourceError } from './http-get';
import type { ImportLimits } from './limits';
import { firstPageUrl, listPages } from './list-pages';
import { httpUrlOf, isObject, oparlTypeName, text, type Json } from './normalize';
import type { OparlKind } from './oparl-tables';
import { recordSystem, saveProgress, type RunProgress } from './run-repository';
import type { SourceClaim } from './source-claim';
import type { RunState } from './run-state';
import { inStore, storeObject } from './store-object';

/** A body's external lists (1.1 names; 1.0 servers offer the first four). */
const BODY_LISTS: readonly [property: string, kind: OparlKind][] = [
  ['locationList', 'Location'],
  ['legislativeTermList', 'LegislativeTerm'],
  ['organization', 'Organization'],
  ['person', 'Person'],
  ['membership', 'Membership'],
  ['meeting', 'Meeting'],
  ['agendaItem', 'AgendaItem'],
  ['paper', 'Paper'],
  ['consultation', 'Consultation'],
  ['file', 'File'],
];

export interface Walk {
  db: Database;
  state: RunState;
  limits: ImportLimits;
  runId: string;
  sourceUrl: string;
  modifiedSince: Date | null;
  /** Where the run continues, with the lists of the run that stopped there. */
  resume: { lists: ImportList[]; position: ImportPosition } | undefined;
  progress: RunProgress;
  clock: () => Date;
  /** Renewed before each page: the run's sign of life (source-claim.ts). */
  claim: Pick<SourceClaim, 'renew'>;
}

/** `stopped`: the source stopped answering (the next run continues here); `incomplete`: a list was broken. */
export type WalkOutcome = 'complete' | 'incomplete' | 'stopped';

/** A page in one transaction; if that fails, each object in its own, so one bad object costs only itself. */
async function storePage(walk: Walk, kind: OparlKind, items: readonly unknown[], bodyId: string | null): Promise<void> {
  const { db, state } = walk;
  const now = walk.clock();
  try {
    await db.transaction((tx) =>
      inStore(tx, state, now, async (store) => {
        for (const item of items) await storeObject(store, kind, item, { bodyId });
      }),
    );
    state.commit();
  } catch {
    state.rollback();
    for (const item of items) {
      try {
        await db.transaction((tx) => inStore(tx, state, now, (store) => storeObject(store, kind, item, { bodyId })));
        state.commit();
      } catch (error) {
        state.rollback();
        const url = isObject(item) ? String(item.id).slice(0, 300) : '(kein Objekt)';
        state.report({ url, reason: `Das Objekt ließ sich nicht speichern (${(error as Error).message.slice(0, 200)}).` });
      }
    }
  }
}

/** The bodies of the System (or the one Body the source URL names), stored; their objects returned. */
async function readBodies(walk: Walk): Promise<Json[]> {
  const entry = await getJson(walk.sourceUrl, walk.limits);
  const type = oparlTypeName(entry.type);
  if (type === 'Body') {
    await storePage(walk, 'Body', [entry], null);
    return [entry];
  }
  if (type !== 'System') throw new SourceError(`${walk.sourceUrl} ist weder ein OParl-System noch eine Körperschaft (type „${String(entry.type)}“).`, false);
  await recordSystem(walk.db, walk.state.sourceId, {
    oparlVersion: text(entry.oparlVersion),
    systemName: text(entry.name),
    vendor: text(entry.vendor),
    product: text(entry.product),
  });
  const bodyList = httpUrlOf(entry.body);
  if (!bodyList) throw new SourceError(`Das System ${walk.sourceUrl} nennt keine Liste seiner Körperschaften („body“).`, false);
  const bodies: Json[] = [];
  for await (const page of listPages(bodyList, walk.limits, async () => undefined)) {
    await storePage(walk, 'Body', page.items, null);
    bodies.push(...page.items.filter(isObject));
  }
  return bodies;
}

function listsOf(bodies: readonly Json[]): ImportList[] {
  return bodies.flatMap((body) => {
    const bodyUrl = httpUrlOf(body.id);
    if (!bodyUrl || body.deleted === true) return [];
    return BODY_LISTS.flatMap(([property, type]) => {
      const url = httpUrlOf(body[property]);
      return url ? [{ bodyUrl, type, url }] : [];
    });
  });
}

async function walkList(walk: Walk, listIndex: number): Promise<void> {
  const { progress, state } = walk;
  const list = progress.lists[listIndex]!;
  const bodyId = state.rowIdOf(list.bodyUrl, ['Body']);
  if (!bodyId) throw new SourceError(`Die Körperschaft ${list.bodyUrl} ist nicht (mehr) in der Liste des Systems.`, false);
  const resumeAt = walk.resume?.position.listIndex === listIndex ? walk.resume.position.pageUrl : undefined;
  const start = resumeAt ?? firstPageUrl(list.url, walk.modifiedSince);
  const beforePage = async (pageUrl: string) => {
    await walk.claim.renew();
    progress.position = { listIndex, pageUrl };
    await saveProgress(walk.db, walk.runId, state, progress);
  };
  for await (const page of listPages(start, walk.limits, beforePage)) {
    await storePage(walk, list.type as OparlKind, page.items, bodyId);
    progress.pagesRead++;
  }
}

export async function walkSource(walk: Walk): Promise<WalkOutcome> {
  const { progress } = walk;
  const bodies = await readBodies(walk);
  progress.lists = walk.resume?.lists ?? listsOf(bodies);
  let outcome: WalkOutcome = 'complete';
  for (let index = walk.resume?.position.listIndex ?? 0; index < progress.lists.length; index++) {
    try {
      await walkList(walk, index);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      progress.errors.push({ url: progress.lists[index]!.url, reason: error.message });
      if (error.transient) return 'stopped';
      outcome = 'incomplete';
    }
  }
  progress.position = null;
  return outcome;
}
