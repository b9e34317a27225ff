import { FigureAreas } from '../../figures/views/figure-areas';
import { PATHS } from '../../paths';
import type { Overview } from '../use-cases/show-overview';
import { MeasureList } from './measure-list';

/** The last finished quarter (`2026-q3` in November): its report is complete. */
function lastQuarter(now: Date): string {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  return quarter === 0 ? `${now.getUTCFullYear() - 1}-q4` : `${now.getUTCFullYear()}-q${quarter}`;
}

/** /digitalisierung: for citizens and the council, the measures of the digital strategy and the live figures. */
export function OverviewPage({ measures, areas, town, now }: Overview & { town: string; now: Date }) {
  return (
    <>
      <h1>Digitalisierung in {town}</h1>
      <p class="lead">
        Die Stadt macht ihre Verwaltung und ihre Angebote digital. Hier sehen Sie, welche Maßnahmen dazu laufen, wer sie verantwortet und wie weit sie sind.
        Darunter stehen Kennzahlen, die das Stadtportal laufend aus seinen eigenen Daten berechnet.
      </p>
      <h2>Maßnahmen</h2>
      <MeasureList measures={measures} />
      <h2>Kennzahlen</h2>
      <p>Jede Kennzahl sagt, wie sie gezählt wird. Die Zahlen werden alle 15 Minuten neu berechnet; unter jedem Diagramm stehen alle Werte als Tabelle.</p>
      <FigureAreas areas={areas} level={3} />
      <h2>Daten und Berichte</h2>
      <ul>
        <li>
          <a href={PATHS.measuresCsv}>Maßnahmen als Tabelle (CSV)</a>
        </li>
        <li>
          <a href={PATHS.measuresJson}>Maßnahmen als Daten (JSON)</a>
        </li>
        <li>
          <a href={PATHS.report(lastQuarter(now))}>Bericht zum letzten Quartal (PDF)</a>
        </li>
        <li>
          <a href={PATHS.feed}>Maßnahmen und Kennzahlen für den Vergleich mit anderen Städten (JSON)</a>
        </li>
        <li>
          <a href={PATHS.feedCsv}>Kennzahlen für den Vergleich mit anderen Städten (CSV)</a>
        </li>
        <li>
          <a href={PATHS.feedSchema}>Beschreibung des Austauschformats (JSON-Schema)</a>
        </li>
      </ul>
    </>
  );
}
