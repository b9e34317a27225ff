import { Table } from '../../../kernel/views';
import { MapWithList, type MapFeature } from '../../../kernel/views/map';
import type { WlanBroadbandArea } from '../tables';
import { PATHS } from '../paths';
import { BREITBANDATLAS_URL, BROADBAND_STATE_LABELS, germanDay } from './areas';

function feature(area: WlanBroadbandArea): MapFeature {
  return {
    name: `${area.name} (${BROADBAND_STATE_LABELS[area.state]})`,
    properties: [],
    geometry: { type: 'Polygon', coordinates: area.outline },
    ...(area.state === 'finished' ? { variant: 'muted' as const } : {}),
  };
}

/** "ab 02.09.2024, fertig seit 20.03.2026": short enough for the table to fit a phone's width. */
function period(area: WlanBroadbandArea): string {
  const start = area.startedOn ? `ab ${germanDay(area.startedOn)}` : 'Beginn offen';
  const end = area.state === 'finished' ? `fertig seit ${germanDay(area.finishedOn)}` : `fertig bis ${germanDay(area.finishedOn)}`;
  return `${start}, ${end}`;
}

/** "Breitbandausbau" on /wlan: the expansion areas on the map and in a table, and the Breitbandatlas. */
export function BroadbandSection({ areas }: { areas: readonly WlanBroadbandArea[] }) {
  return (
    <section class="broadband" aria-labelledby="broadband-title">
      <h2 id="broadband-title">Breitbandausbau</h2>
      <p>
        Neben freiem WLAN baut die Stadt mit Fördermitteln schnelles Internet über Glasfaser aus. Welche Anschlüsse an Ihrer Adresse heute schon verfügbar sind,
        zeigt der <a href={BREITBANDATLAS_URL}>Breitbandatlas der Bundesnetzagentur</a>.
      </p>
      {areas.length === 0 ? (
        <p>Zurzeit sind keine Ausbaugebiete eingetragen.</p>
      ) : (
        <>
          <MapWithList
            id="broadband-map"
            title="Karte: Ausbaugebiete"
            features={areas.map(feature)}
            listedAt={{ href: '#broadband-table', text: 'Zur Tabelle der Ausbaugebiete mit Status und Terminen' }}
          />
          <div id="broadband-table">
            <Table
              caption="Ausbaugebiete mit Status und Terminen"
              rows={[...areas]}
              columns={[
                {
                  header: 'Gebiet',
                  cell: (area) => (
                    <>
                      {area.name}
                      <span class="hint">{`${area.addresses.toLocaleString('de-DE')} Adressen, Ausbau: ${area.builder || 'noch offen'}`}</span>
                    </>
                  ),
                },
                { header: 'Status', cell: (area) => BROADBAND_STATE_LABELS[area.state] },
                { header: 'Zeitraum', cell: (area) => period(area) },
              ]}
            />
          </div>
          <p>
            {'Die Gebiete als offene Daten: '}
            <a href={PATHS.broadbandGeoJson} type="application/geo+json">
              GeoJSON
            </a>
          </p>
        </>
      )}
    </section>
  );
}
