import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { streetListSchema, type StreetList } from '../geo';

/** [longitude, latitude] in degrees (WGS 84), the order GeoJSON uses. */
const position = z.tuple([
  z.number().min(-180, 'the longitude must be between -180 and 180').max(180, 'the longitude must be between -180 and 180'),
  z.number().min(-90, 'the latitude must be between -90 and 90').max(90, 'the latitude must be between -90 and 90'),
]);

/**
 * A tile server's URL with {z}, {x} and {y}, on one https origin: the CSP allows exactly that origin in
 * img-src, so subdomain placeholders ({s}) are refused.
 */
const tileUrl = z
  .string()
  .regex(/^https:\/\/[^/{}]+\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an https URL with {z}, {x} and {y}, e.g. https://tiles.example.de/{z}/{x}/{y}.png')
  .refine((url) => URL.canParse(url.replace(/[{}]/g, '')), 'must be a valid URL');

/**
 * The optional `map` block of the municipality file. `boundary`: an approximate outline of the
 * municipality's area, drawn under every server-drawn map. `tiles`: a tile server; without it the
 * portal requests nothing from third parties and the map stays the server-drawn SVG. `streets`: a
 * street list file beside the municipality file (kernel/geo/streets.ts), for finding addresses.
 */
export const mapSchema = z.object({
  boundary: z.array(position).min(3, 'needs at least 3 points [longitude, latitude]').max(1000, 'may have at most 1000 points').optional(),
  streets: z
    .string()
    .regex(/^[\w.-]+\.json$/, 'must be the name of a JSON file beside the municipality file, e.g. iserlohn-streets.json')
    .optional(),
  tiles: z
    .object({
      url: tileUrl,
      /** Shown on the map, as the tile server's licence requires (e.g. "© OpenStreetMap-Mitwirkende"). */
      attribution: z.string().min(1, 'must name the source of the tiles'),
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
    problems.push(`map.streets: ${file} cannot be read as JSON: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = streetListSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...parsed.error.issues.slice(0, 20).map((issue) => `map.streets: ${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`));
  return undefined;
}
