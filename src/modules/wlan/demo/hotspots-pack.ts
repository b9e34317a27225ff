import { z } from 'zod';

/**
 * The hotspots part of a town's demo pack (`wlan-hotspots.json`): the Freifunk feeds as files beside
 * it (meshviewer.json, read by the importer like any feed: no network) and the town's own hotspots.
 */
export const hotspotsPackSchema = z.object({
  feeds: z.array(
    z.object({
      name: z.string().min(1),
      /** A file in the pack's folder. */
      file: z.string().regex(/^[\w.-]+\.json$/, 'muss der Name einer JSON-Datei im Ordner des Demo-Pakets sein'),
      intervalMinutes: z.number().int().min(5).max(10_080),
      /** How many days of history to invent, so the statistics show growth on first start. */
      historyDays: z.number().int().min(0).max(1000),
    }),
  ),
  ownHotspots: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      operator: z.string().min(1),
      address: z.string().min(1),
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      description: z.string(),
      /** In service since so many days. */
      sinceDays: z.number().int().min(0).max(1000),
    }),
  ),
});
