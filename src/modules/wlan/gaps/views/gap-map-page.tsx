import { ButtonLink, Table } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { AreaRow } from '../heat-map';
import type { PublicGapMap } from '../use-cases/public-gap-map';
import { GapHeatMap } from './heat-map';

interface AreaStateRow {
  area: string;
  state: string;
  count: number;
}

const STATE_ORDER = [
  ['confirmed', 'Bestätigt'],
  ['planned', 'Geplant'],
  ['resolved', 'Behoben'],
] as const;

function areaStateRows(areas: readonly AreaRow[]): AreaStateRow[] {
  return areas.flatMap((row) =>
    STATE_ORDER.filter(([state]) => row.counts[state] > 0).map(([state, label]) => ({ area: row.area, state: label, count: row.counts[state] })),
  );
}

/** /wlan/luecken: where people miss WiFi, as density circles and as a table per district and state. */
export function GapMapPage({ map }: { map: PublicGapMap }) {
  return (
    <>
      <h1>Karte der WLAN-Lücken</h1>
      <p class="lead">Hier haben Bürgerinnen und Bürger freies WLAN vermisst. Die Stadt hat die Meldungen geprüft und zeigt, wie es weitergeht.</p>
      <p>
        Die Karte zeigt keine genauen Orte: Meldungen werden zu Gebieten von etwa 500 × 500 Metern zusammengefasst. Neue, noch nicht geprüfte und abgelehnte
        Meldungen erscheinen nicht.
      </p>
      <p>
        <ButtonLink href={PATHS.reportGap}>WLAN-Lücke melden</ButtonLink>
      </p>
      {map.total === 0 ? (
        <p>Zurzeit gibt es keine bestätigten WLAN-Lücken.</p>
      ) : (
        <>
          <GapHeatMap cells={map.cells} />
          {/* One row per district and state (not a column per state): three columns fit a phone's width. */}
          <Table<AreaStateRow>
            caption={`Meldungen nach Ortsteil und Stand (${map.total} insgesamt)`}
            columns={[
              { header: 'Ortsteil', cell: (row) => row.area },
              { header: 'Stand', cell: (row) => row.state },
              { header: 'Meldungen', numeric: true, cell: (row) => String(row.count) },
            ]}
            rows={areaStateRows(map.areas)}
          />
        </>
      )}
      <h2>Was die Stände bedeuten</h2>
      <dl>
        <dt>Bestätigt</dt>
        <dd>Die Stadt hat geprüft: Dort fehlt freies WLAN.</dd>
        <dt>Geplant</dt>
        <dd>Ein Hotspot ist geplant, zum Beispiel mit Freifunk oder den Gesellschaften der Stadt.</dd>
        <dt>Behoben</dt>
        <dd>Dort gibt es jetzt freies WLAN.</dd>
      </dl>
      <p>
        Sie möchten selbst helfen? <a href={PATHS.hosting}>Freifunk anbieten</a>
      </p>
    </>
  );
}
