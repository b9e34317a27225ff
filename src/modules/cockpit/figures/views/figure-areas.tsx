import { formatDateTime, SummaryList } from '../../../../kernel/views';
import { ChartWithTable } from '../../../../kernel/views/charts';
import type { FigureArea, FigureView } from '../use-cases/load-figure-areas';
import { formatChange, formatFigure, monthLabel, UNIT_SUFFIX } from './format';

type Level = 2 | 3;

/** `services.ozg-levels` → `kennzahl-services-ozg-levels`: unique on the page, safe in ids (and a link's fragment). */
export const figureId = (key: string) => `kennzahl-${key.replace(/[^a-z0-9-]/gi, '-')}`;

/** One figure; `level` is its heading's level. */
function FigureBlock({ figure, level }: { figure: FigureView; level: Level | 4 }) {
  const Heading = `h${level}` as 'h3';
  const id = figureId(figure.key);
  const unit = UNIT_SUFFIX[figure.unit];
  return (
    <section class="figure" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{figure.label}</Heading>
      <p class="lead">
        <strong>{formatFigure(figure.value, figure.unit)}</strong>
      </p>
      <p>{figure.definition}</p>
      <SummaryList
        rows={[
          { key: 'Vor einem Monat', value: formatChange(figure.value, figure.monthAgo, figure.unit) },
          { key: 'Vor einem Jahr', value: formatChange(figure.value, figure.yearAgo, figure.unit) },
          { key: 'Berechnet', value: formatDateTime(figure.computedAt) },
        ]}
      />
      {figure.parts.length > 0 && (
        <ChartWithTable
          id={`${id}-teile`}
          kind="bar"
          title={`${figure.label}: Aufteilung`}
          labelHeader="Teil"
          unit={unit}
          labels={figure.parts.map((part) => part.label)}
          series={[{ name: figure.label, values: figure.parts.map((part) => part.value) }]}
        />
      )}
      {figure.months.length > 0 && (
        <ChartWithTable
          id={`${id}-monate`}
          kind="line"
          title={figure.history ? `${figure.label}: Stand am Ende jedes Monats` : `${figure.label} je Monat`}
          labelHeader="Monat"
          unit={unit}
          labels={figure.months.map((month) => monthLabel(month.month))}
          series={[{ name: figure.label, values: figure.months.map((month) => month.value) }]}
        />
      )}
    </section>
  );
}

/** An area's figures, each with its value, definition, trend and charts; `level` is the figures' heading level. */
export function AreaFigures({ area, level }: { area: FigureArea; level: Level | 4 }) {
  return (
    <>
      {area.figures.map((figure) => (
        <FigureBlock key={figure.key} figure={figure} level={level} />
      ))}
    </>
  );
}

/**
 * The live figures by area, each with its value, definition, trend and charts with their data tables:
 * the staff page "Kennzahlen" shows them all, the public area pages one area each (no twin). `level` is the
 * areas' heading level; the figures' headings are one below.
 */
export function FigureAreas({ areas, level }: { areas: FigureArea[]; level: Level }) {
  const Heading = `h${level}` as 'h2';
  if (areas.length === 0) {
    return <p>Die Kennzahlen werden gerade zum ersten Mal berechnet. Bitte schauen Sie in einigen Minuten wieder vorbei.</p>;
  }
  return (
    <>
      {areas.map((area) => (
        <section key={area.area} aria-labelledby={`bereich-${figureId(area.figures[0]?.key ?? area.area)}`}>
          <Heading id={`bereich-${figureId(area.figures[0]?.key ?? area.area)}`}>{area.area}</Heading>
          <AreaFigures area={area} level={(level + 1) as Level | 4} />
        </section>
      ))}
    </>
  );
}
