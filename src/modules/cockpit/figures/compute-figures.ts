import type { Executor } from '../../../kernel/db';
import type { JobHandler } from '../../../kernel/jobs';
import type { FigureSource, KeyFigure, ModuleDeps } from '../../../kernel/module';
import { berlinDay } from '../../../kernel/time';
import { deleteFiguresOfOtherModules, recordDay, recordSourceOutcome, replaceModuleFigures } from './repository';
import { figureProblem } from './validate';

export const COMPUTE_FIGURES_JOB = 'cockpit.figures.compute';
/** Every quarter of an hour: the figures move slowly, and no page computes them per request. */
const EVERY_SECONDS = 15 * 60;

type Answer = { module: { id: string; area: string } } & ({ figures: KeyFigure[] } | { error: string });

/** What one run did: how many figures it kept, and which modules failed (their last figures stay). */
export interface FigureRun {
  computed: number;
  failed: { module: string; error: string }[];
}

interface Source {
  id: string;
  source: FigureSource;
}

async function ask({ id: moduleId, source }: Source, deps: ModuleDeps, now: Date): Promise<Answer> {
  const id = { id: moduleId, area: source.area };
  try {
    const figures = await source.compute(deps, now);
    const problem = figureProblem(moduleId, figures);
    return problem ? { module: id, error: problem } : { module: id, figures };
  } catch (error) {
    return { module: id, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Asks every module's `figures` hook (deps.modules) and keeps the answers in one transaction: each
 * module's figures replace its last ones, today's value of each goes into the day history, and figures
 * of modules that give none anymore go. A module that throws or answers nonsense keeps its last figures
 * and its failure is recorded (`cockpit_figure_sources`, shown on the staff page): one broken module
 * never blanks the page. `alsoInTransaction` lets the caller write its audit entry with the figures.
 */
export async function computeFigures(
  deps: ModuleDeps,
  now = new Date(),
  alsoInTransaction?: (tx: Executor, run: FigureRun) => Promise<void>,
): Promise<FigureRun> {
  const sources = deps.modules.flatMap((module): Source[] => (module.figures ? [{ id: module.id, source: module.figures }] : []));
  // One after the other: on PGlite they would queue anyway, and on PostgreSQL the job should not take a connection per module.
  const answers: Answer[] = [];
  for (const source of sources) answers.push(await ask(source, deps, now));
  const day = berlinDay(now);
  const run: FigureRun = {
    computed: answers.reduce((sum, answer) => sum + ('figures' in answer ? answer.figures.length : 0), 0),
    failed: answers.flatMap((answer) => ('error' in answer ? [{ module: answer.module.id, error: answer.error }] : [])),
  };
  await deps.db.transaction(async (tx) => {
    await deleteFiguresOfOtherModules(
      tx,
      sources.map((source) => source.id),
    );
    for (const answer of answers) {
      if ('figures' in answer) {
        await replaceModuleFigures(tx, answer.module, answer.figures, now);
        await recordDay(tx, day, answer.figures);
      }
      await recordSourceOutcome(tx, answer.module, now, 'error' in answer ? answer.error : undefined);
    }
    await alsoInTransaction?.(tx, run);
  });
  return run;
}

/** The recurring job; scheduled at start with the others, so a fresh installation has figures within seconds of its first start. */
export function figureJobs(deps: ModuleDeps): JobHandler[] {
  return [{ kind: COMPUTE_FIGURES_JOB, everySeconds: EVERY_SECONDS, run: async () => void (await computeFigures(deps)) }];
}
