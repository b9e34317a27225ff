import { Table } from '../../../../kernel/views';
import type { FigureArea } from '../../figures/use-cases/load-figure-areas';
import { figureId } from '../../figures/views/figure-areas';
import { formatChange, formatFigure } from '../../figures/views/format';
import { PATHS } from '../../paths';
import { areaSlug } from '../use-cases/show-figure-area';

/**
 * The live figures at a glance: a table per area with each figure's value and its change against a month
 * and a year ago. No charts (they are most of a page's bytes): each name links to its area's page, where
 * the figure stands with its definition, charts and data tables.
 */
export function FigureSummary({ areas }: { areas: FigureArea[] }) {
  if (areas.length === 0) {
    return <p>Die Kennzahlen werden gerade zum ersten Mal berechnet. Bitte schauen Sie in einigen Minuten wieder vorbei.</p>;
  }
  return (
    <>
      {areas.map((area) => {
        const page = PATHS.figureArea(areaSlug(area.area));
        return (
          <Table
            key={area.area}
            caption={area.area}
            rows={area.figures}
            columns={[
              { header: 'Kennzahl', cell: (figure) => <a href={`${page}#${figureId(figure.key)}-heading`}>{figure.label}</a> },
              { header: 'Aktueller Wert', cell: (figure) => formatFigure(figure.value, figure.unit), numeric: true },
              { header: 'Vor einem Monat', cell: (figure) => formatChange(figure.value, figure.monthAgo, figure.unit) },
              { header: 'Vor einem Jahr', cell: (figure) => formatChange(figure.value, figure.yearAgo, figure.unit) },
            ]}
          />
        );
      })}
    </>
  );
}
