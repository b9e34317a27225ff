import type { OpenDatasetDeclaration } from '../../../kernel/module';
import { PATHS } from '../paths';
import { broadbandAreas, BROADBAND_STATE_LABELS } from './areas';
import { broadbandFeatureCollection } from './geojson';

/**
 * "Breitbandausbau" as open data: every expansion area with state and dates (CSV, JSON) and with its
 * outline (GeoJSON, served live at /wlan/breitbandausbau.geojson), what the map on /wlan shows.
 */
export const broadbandOpenData: OpenDatasetDeclaration = {
  name: 'breitbandausbau',
  title: 'Breitbandausbau: geplante Ausbaugebiete',
  description:
    'Die Gebiete des geförderten Breitbandausbaus (Glasfaser) mit Name, Status (geplant, im Bau, fertig), ausbauendem Unternehmen, Zahl der angeschlossenen Adressen, Beginn und (geplanter) Fertigstellung; die Umrisse als GeoJSON.',
  madeFrom: 'den Ausbaugebieten des Breitbandausbaus',
  theme: 'ECON',
  keywords: ['Breitband', 'Glasfaser', 'Gigabit', 'Internet', 'Ausbau'],
  rows: async ({ db }) =>
    (await broadbandAreas(db, '')).map((area) => ({
      name: area.name,
      status: BROADBAND_STATE_LABELS[area.state],
      ausbauunternehmen: area.builder,
      adressen: area.addresses,
      beginn: area.startedOn,
      fertigstellung: area.finishedOn,
    })),
  geojson: {
    path: PATHS.broadbandGeoJson,
    body: async ({ db }) => JSON.stringify(broadbandFeatureCollection(await broadbandAreas(db, ''))),
  },
};
