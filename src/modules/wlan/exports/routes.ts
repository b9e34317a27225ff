import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { cachedQuery, type Executor } from '../../../kernel/db';
import type { ModuleDeps } from '../../../kernel/module';
import { broadbandAreas } from '../broadband/areas';
import { broadbandFeatureCollection } from '../broadband/geojson';
import { currentHotspots } from '../map/current-hotspots';
import { PATHS } from '../paths';
import { hotspotsCsv } from './hotspots-csv';
import { hotspotsGeoJson } from './hotspots-geojson';

type ExportFormat = 'hotspots.geojson' | 'hotspots.csv' | 'broadband.geojson';

interface ExportFile {
  body: string;
  etag: string;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  'hotspots.geojson': 'application/geo+json',
  'hotspots.csv': 'text/csv; charset=utf-8',
  'broadband.geojson': 'application/geo+json',
};

async function render(db: Executor, format: ExportFormat, baseUrl: string): Promise<string> {
  if (format === 'broadband.geojson') return JSON.stringify(broadbandFeatureCollection(await broadbandAreas(db, '')));
  const hotspots = await currentHotspots(db, '');
  return format === 'hotspots.csv' ? hotspotsCsv(hotspots, baseUrl) : hotspotsGeoJson(hotspots, baseUrl);
}

/**
 * The files as served, with their ETag, kept until a table they show changes: the map data endpoint
 * answers from memory (and with 304 to a client that has it), as the page cache does for pages.
 */
const exportFile = cachedQuery({ tables: ['wlan_hotspots', 'wlan_broadband_areas'], maxEntries: 6 }, async (db, key): Promise<ExportFile> => {
  const [format, baseUrl] = key.split(' ') as [ExportFormat, string];
  const body = await render(db, format, baseUrl);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
});

/** /wlan/hotspots.geojson, /wlan/hotspots.csv and /wlan/breitbandausbau.geojson: open data, anyone may fetch them. */
export function exportRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const serve = (path: string, format: ExportFormat, fileName: string) =>
    app.get(path, async (request, reply) => {
      const file = await exportFile(deps.db, `${format} ${deps.config.baseUrl}`);
      reply.header('etag', file.etag).header('cache-control', 'public, max-age=60').header('access-control-allow-origin', '*');
      if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
      return reply.type(MEDIA_TYPES[format]).header('content-disposition', `inline; filename="${fileName}"`).send(file.body);
    });
  serve(PATHS.hotspotsGeoJson, 'hotspots.geojson', 'wlan-hotspots.geojson');
  serve(PATHS.hotspotsCsv, 'hotspots.csv', 'wlan-hotspots.csv');
  serve(PATHS.broadbandGeoJson, 'broadband.geojson', 'breitbandausbau.geojson');
}
