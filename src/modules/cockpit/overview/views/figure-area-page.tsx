import type { FigureArea } from '../../figures/use-cases/load-figure-areas';
import { AreaFigures } from '../../figures/views/figure-areas';
import { PATHS } from '../../paths';

/** /digitalisierung/kennzahlen/<slug>: one area's live figures with their charts and data tables. */
export function FigureAreaPage({ area }: { area: FigureArea }) {
  return (
    <>
      <h1>Kennzahlen: {area.area}</h1>
      <p class="lead">
        Diese Kennzahlen berechnet das Stadtportal alle 15 Minuten aus seinen eigenen Daten. Jede sagt, wie sie gezählt wird; unter jedem Diagramm stehen alle
        Werte als Tabelle.
      </p>
      <AreaFigures area={area} level={2} />
      <p>
        <a href={`${PATHS.public}#kennzahlen`}>Alle Kennzahlen im Überblick</a>
      </p>
    </>
  );
}
