import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../../../kernel/db';
import { cockpitFigures, type FigureRow } from '../tables';
import type { PlainValue } from './csv';

/** The figures as the cockpit's job last computed them, by area and the module's order. */
export function currentFigures(db: Executor): Promise<FigureRow[]> {
  return db
    .select()
    .from(cockpitFigures)
    .orderBy(sql`${cockpitFigures.area} collate "und-x-icu"`, asc(cockpitFigures.position), asc(cockpitFigures.key));
}

/** The columns of the figures' CSV (exchange feed) and open dataset, in order. */
export const FIGURE_COLUMNS = ['key', 'bereich', 'bezeichnung', 'einheit', 'definition', 'wert', 'berechnet_am'] as const;

/** A figure as plain values; its parts and months are in the JSON feed only. */
export function figureRow(figure: FigureRow): Record<(typeof FIGURE_COLUMNS)[number], PlainValue> {
  return {
    key: figure.key,
    bereich: figure.area,
    bezeichnung: figure.label,
    einheit: figure.unit,
    definition: figure.definition,
    wert: figure.value,
    berechnet_am: figure.computedAt.toISOString(),
  };
}
