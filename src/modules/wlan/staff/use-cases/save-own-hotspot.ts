import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { insideRing, type LonLat } from '../../../../kernel/geo';
import { parseForm, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { insertHotspot, slugsLike, updateHotspot } from '../repository';
import { hotspotSchema } from '../schemas';
import { authorizedHotspot, requireWlanStaff } from './access';

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Stadtbücherei am Alten Rathaus" → "stadtbuecherei-am-alten-rathaus". */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug || 'hotspot';
}

export interface SaveHotspotInput {
  /** The hotspot to edit; none to add one. */
  id?: string;
  body: unknown;
  ip?: string;
}

/**
 * Staff add or edit one of the city's or its companies' own hotspots. The page name (slug) is given
 * once, from the first name, so links stay; whether it lies in the municipality's area follows the position.
 */
export async function saveOwnHotspot(
  actor: Actor,
  input: SaveHotspotInput,
  { db, config }: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string }>> {
  const existing = input.id ? (await authorizedHotspot(actor, input.id, db)).hotspot : undefined;
  requireWlanStaff(actor);
  const parsed = parseForm(hotspotSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const { latitude, longitude } = parsed.data;
  if (latitude === 0 && longitude === 0) return refuse({ latitude: 'Geben Sie die Position des Hotspots an; 0/0 liegt im Atlantik.' });
  const boundary = config.municipality.map?.boundary as readonly LonLat[] | undefined;
  const fields = { ...parsed.data, description: parsed.data.description ?? '', insideArea: boundary ? insideRing([longitude, latitude], boundary) : true };
  return db.transaction(async (tx) => {
    let id = existing?.id;
    if (existing) await updateHotspot(tx, existing.id, fields);
    else {
      const base = slugOf(fields.name);
      const used = await slugsLike(tx, base);
      let slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      id = (await insertHotspot(tx, { ...fields, kind: 'own', slug, firstSeenAt: new Date() })).id;
    }
    await audit(tx, actor, {
      action: existing ? 'wlan.hotspot.updated' : 'wlan.hotspot.created',
      objectType: 'wlan_hotspot',
      objectId: id!,
      details: { name: fields.name, operator: fields.operator },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
