import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { streetListSchema, type StreetList } from '../geo';
import { describeIssues, germanIssue } from './german-issues';

/** [longitude, latitude] in degrees (WGS 84), the order GeoJSON uses. */
const position = z.tuple([
  z.number().min(-180, 'die geografische Länge muss zwischen -180 und 180 liegen').max(180, 'die geografische Länge muss zwischen -180 und 180 liegen'),
  z.number().min(-90, 'die geografische Breite muss zwischen -90 und 90 liegen').max(90, 'die geografische Breite muss zwischen -90 und 90 liegen'),
]);

/**
 * A tile server's URL with {z}, {x} and {y}, on one https origin: the CSP allows exactly that origin in
 * img-src, so subdomain placeholders ({s}) are refused.
 */
const tileUrl = z
  .string()
  .regex(/^https:\/\/[^/{}]+\/.*\{z\}.*\{x\}.*\{y\}/, 'muss eine https-Adresse mit {z}, {x} und {y} sein, z. B. https://tiles.example.de/{z}/{x}/{y}.png')
  .refine((url) => URL.canParse(url.replace(/[{}]/g, '')), 'muss eine gültige Adresse (URL) sein');

/**
 * The optional `map` block of the municipality file. `boundary`: an approximate outline of the
 * municipality's area, drawn under every server-drawn map. `tiles`: a tile server; without it the
 * portal requests nothing from third parties and the map stays the server-drawn SVG. `streets`: a
 * street list file beside the municipality file (kernel/geo/streets.ts), for finding addresses.
 */
export const mapSchema = z.object({
  boundary: z.array(position).min(3, 'braucht mindestens 3 Punkte [Länge, Breite]').max(1000, 'darf höchstens 1000 Punkte haben').optional(),
  streets: z
    .string()
    .regex(/^[\w.-]+\.json$/, 'muss der Name einer JSON-Datei neben der Gemeindedatei sein, z. B. iserlohn-streets.json')
    .optional(),
  tiles: z
    .object({
      url: tileUrl,
      /** Shown on the map, as the tile server's licence requires (e.g. "© OpenStreetMap-Mitwirkende"). */
      attribution: z.string().min(1, 'muss die Quelle der Kacheln nennen'),
      maxZoom: z.number().int().min(1).max(22).default(19),
    })
    .optional(),
});
export type MapSettings = z.infer<typeof mapSchema>;

/** The one origin the CSP must allow for tile images; none without a tile server. */
export function tileOrigins(map: MapSettings | undefined): string[] {
  return map?.tiles ? [new URL(map.tiles.url.replace(/[{}]/g, '')).origin] : [];
}

/**
 * The street list named by `map.streets`, read and checked at start; its problems are reported with
 * the others. Looked up in `dirs` in order (beside the municipality file, then the shipped config/),
 * so a copied municipality file keeps working with the shipped list, as demo packs do.
 */
export function readStreetList(dirs: readonly string[], map: MapSettings | undefined, problems: string[]): StreetList | undefined {
  if (!map?.streets) return undefined;
  const name = map.streets;
  const file = dirs.map((dir) => resolve(dir, name)).find((candidate) => existsSync(candidate)) ?? resolve(dirs[0]!, name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(
      existsSync(file)
        ? `map.streets: ${file} ist kein gültiges JSON: ${(error as Error).message}`
        : `map.streets: die Straßenliste ${name} fehlt (gesucht in ${dirs.join(' und ')})`,
    );
    return undefined;
  }
  const parsed = streetListSchema.safeParse(raw, { error: germanIssue });
  if (parsed.success) return parsed.data;
  problems.push(...describeIssues(`map.streets: ${file}: `, parsed.error).slice(0, 20));
  return undefined;
}
