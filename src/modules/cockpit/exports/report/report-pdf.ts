import { sql } from 'drizzle-orm';
import type { Config } from '../../../../kernel/config';
import { queryRows, type Executor } from '../../../../kernel/db';
import { renderPdf, type PdfBlock } from '../../../../kernel/pdf';
import { berlinDay } from '../../../../kernel/time';
import { formatMoney } from '../../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../../policies';
import type { FigureRow, Milestone } from '../../tables';
import { currentFigures } from '../current-figures';
import { formatFigure } from '../figure-format';
import { publishedMeasures, type PublishedMeasure } from '../published-measures';
import type { Quarter } from './quarter';

const germanDay = (day: string) => day.split('-').reverse().join('.');
const milestoneLine = (milestone: Milestone, day: string | null) => `${milestone.title} (${germanDay(day ?? milestone.dueOn)})`;

/** The milestones still open at the quarter's end, in the order they are due. */
const nextOpen = (milestones: Milestone[], quarter: Quarter) =>
  milestones.filter((milestone) => milestone.doneOn === null || milestone.doneOn > quarter.lastDay);

/** A measure's part of the report: where it stands, what was reached in the quarter, what is due next. */
function measureBlocks({ measure, milestones }: PublishedMeasure, quarter: Quarter): PdfBlock[] {
  const reached = milestones.filter((milestone) => milestone.doneOn !== null && milestone.doneOn >= quarter.firstDay && milestone.doneOn <= quarter.lastDay);
  const open = nextOpen(milestones, quarter).slice(0, 3);
  return [
    { type: 'heading', level: 3, text: measure.title },
    {
      type: 'fields',
      rows: [
        { label: 'Ziel', value: measure.goal },
        { label: 'Status', value: MEASURE_STATUS_LABELS[measure.status] },
        { label: 'Fortschritt', value: `${measure.progressPercent} %` },
        { label: 'Zeitraum', value: `${germanDay(measure.startsOn)} bis ${measure.endsOn ? germanDay(measure.endsOn) : 'offen'}` },
        {
          label: 'Budget',
          value:
            measure.budgetCents === null
              ? 'keines zugewiesen'
              : `${formatMoney(measure.budgetCents)}${measure.fundingSource ? ` (${measure.fundingSource})` : ''}`,
        },
        { label: 'Im Quartal erreicht', value: reached.map((milestone) => milestoneLine(milestone, milestone.doneOn)).join('; ') || 'kein Meilenstein' },
        { label: 'Als Nächstes fällig', value: open.map((milestone) => milestoneLine(milestone, null)).join('; ') || 'kein offener Meilenstein' },
      ],
    },
  ];
}

/** Each figure's last daily value on or before the quarter's last day (the cockpit's job keeps one a day). */
async function valuesAtEnd(db: Executor, lastDay: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ key: string; value: number }>(
    db,
    sql`select distinct on (key) key, value from cockpit_figure_days where day <= ${lastDay} order by key, day desc`,
  );
  return new Map(rows.map((row) => [row.key, Number(row.value)]));
}

/** The figures at the quarter's end, as a table: the day's value where kept, today's value for the running quarter. */
function figureTable(figures: FigureRow[], atEnd: Map<string, number>, running: boolean): PdfBlock {
  return {
    type: 'table',
    columns: ['Kennzahl', 'Bereich', 'Wert zum Quartalsende'],
    widths: [0.5, 0.22, 0.28],
    rows: figures.map((figure) => {
      const value = atEnd.get(figure.key) ?? (running ? figure.value : null);
      return [figure.label, figure.area, value === null ? 'keine Angabe' : formatFigure(value, figure.unit)];
    }),
  };
}

/** The measures at a glance before their sections: status, progress and the next milestone due after the quarter. */
function overviewTable(measures: PublishedMeasure[], quarter: Quarter): PdfBlock {
  return {
    type: 'table',
    columns: ['Maßnahme', 'Status', 'Fortschritt', 'Als Nächstes fällig'],
    widths: [0.36, 0.18, 0.14, 0.32],
    rows: measures.map(({ measure, milestones }) => {
      const next = nextOpen(milestones, quarter)[0];
      return [
        measure.title,
        MEASURE_STATUS_LABELS[measure.status],
        `${measure.progressPercent} %`,
        next ? milestoneLine(next, null) : 'kein offener Meilenstein',
      ];
    }),
  };
}

/** The quarterly report as a tagged PDF: title, period, each published measure, the figures at the quarter's end. */
export async function quarterlyReport(db: Executor, config: Config, quarter: Quarter, now: Date): Promise<Buffer> {
  const [measures, figures, atEnd] = await Promise.all([publishedMeasures(db), currentFigures(db), valuesAtEnd(db, quarter.lastDay)]);
  const today = berlinDay(now);
  const running = today <= quarter.lastDay;
  const title = `Digitalisierung: Bericht zum ${quarter.label}`;
  const blocks: PdfBlock[] = [
    { type: 'heading', text: title },
    {
      type: 'paragraph',
      text: `${config.municipality.officialName}. Zeitraum: ${germanDay(quarter.firstDay)} bis ${germanDay(quarter.lastDay)}${running ? ` (laufendes Quartal, Stand ${germanDay(today)})` : ''}.`,
    },
    { type: 'heading', level: 2, text: 'Maßnahmen' },
    ...(measures.length
      ? [overviewTable(measures, quarter), ...measures.flatMap((measure) => measureBlocks(measure, quarter))]
      : [{ type: 'paragraph' as const, text: 'Es ist noch keine Maßnahme veröffentlicht.' }]),
    { type: 'heading', level: 2, text: 'Kennzahlen zum Quartalsende' },
    figures.length ? figureTable(figures, atEnd, running) : { type: 'paragraph', text: 'Es sind noch keine Kennzahlen berechnet.' },
  ];
  return renderPdf({
    title: `${title} – ${config.municipality.officialName}`,
    author: config.municipality.officialName,
    subject: 'Quartalsbericht des Digitalisierungs-Cockpits',
    blocks,
    footer: `${config.municipality.officialName} · ${config.baseUrl}`,
  });
}
