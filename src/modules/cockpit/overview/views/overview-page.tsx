import { berlinDay } from '../../../../kernel/time';
import { PATHS } from '../../paths';
import type { Overview } from '../use-cases/show-overview';
import { FigureSummary } from './figure-summary';
import { MeasureList } from './measure-list';

/** The last finished quarter (`2026-q3` in November): its report is complete. */
function lastQuarter(now: Date): string {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  return quarter === 0 ? `${now.getUTCFullYear() - 1}-q4` : `${now.getUTCFullYear()}-q${quarter}`;
}

/** /digitalisierung: for citizens and the council, the measures of the digital strategy and the live figures at a glance. */
export function OverviewPage({ measures, areas, town, now }: Overview & { town: string; now: Date }) {
  return (
    <>
      <h1>Digitalisierung in {town}</h1>
      <p class="lead">
        Die Stadt macht ihre Verwaltung und ihre Angebote digital. Hier sehen Sie, welche Maßnahmen dazu laufen, wer sie verantwortet und wie weit sie sind.
        Darunter stehen Kennzahlen, die das Stadtportal laufend aus seinen eigenen Daten berechnet.
      </p>
      <h2>Maßnahmen</h2>
      <MeasureList measures={measures} today={berlinDay(now)} />
      <h2 id="kennzahlen">Kennzahlen</h2>
      <p>
        Die Zahlen werden alle 15 Minuten neu berechnet. Wählen Sie eine Kennzahl: Auf der Seite ihres Bereichs steht, wie sie gezählt wird, mit Diagrammen
        ihres Verlaufs; unter jedem Diagramm stehen alle Werte als Tabelle.
      </p>
      <FigureSummary areas={areas} />
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
