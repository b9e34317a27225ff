import { cachedQuery, type Executor } from '../../../kernel/db';
import { publishedMeasureChoices, type MeasureChoice } from '../../cockpit';

/** The cockpit's published measures, kept until they change (every list and idea page names them). */
const keptChoices = cachedQuery({ tables: ['cockpit_measures'], maxEntries: 1 }, (db) => publishedMeasureChoices(db));

export function measureChoices(db: Executor): Promise<readonly MeasureChoice[]> {
  return keptChoices(db, 'all');
}

/** A published measure by id, or undefined (unknown, or no longer published). */
export async function publishedMeasure(db: Executor, id: string | null | undefined): Promise<MeasureChoice | undefined> {
  if (!id) return undefined;
  return (await measureChoices(db)).find((measure) => measure.id === id);
}
