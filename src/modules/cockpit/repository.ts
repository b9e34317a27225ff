import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../kernel/db/types';
import { cockpitMeasures } from './tables';

/** A published measure as another module names it (the participation module links ideas to measures). */
export interface MeasureChoice {
  id: string;
  slug: string;
  title: string;
}

/** The published measures by title, for a choice in another module's form. */
export async function publishedMeasureChoices(db: Executor): Promise<MeasureChoice[]> {
  return db
    .select({ id: cockpitMeasures.id, slug: cockpitMeasures.slug, title: cockpitMeasures.title })
    .from(cockpitMeasures)
    .where(eq(cockpitMeasures.published, true))
    .orderBy(asc(cockpitMeasures.title));
}
