/**
 * What `harvest:run` names: a configured source by its name, or the address of a CKAN API or DCAT
 * catalogue. An address without a source gets one, named after its host and owned by the
 * organisation given (CKAN's harvester also needs a source; ours is made on the fly so the run has
 * its log and its datasets an owner). The same address later reuses that source.
 */
import { refuse, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { CKAN_NAME } from '../paths';
import { HARVEST_KINDS } from '../tables';
import { httpUrl } from './fetch-remote';
import { findOrganizationByName, findSourceByName, findSourceByUrl, insertSource, type HarvestSource } from './repository';

export type HarvestKind = (typeof HARVEST_KINDS)[number];

export interface ResolveSourceInput {
  target: string;
  organisation?: string;
  kind?: string;
}

/** A CKAN API address ends in /api, /api/3 or /api/3/action; a catalogue in .rdf, .ttl, .xml or names a catalog. */
export function guessKind(url: URL): HarvestKind | undefined {
  if (/\/api(\/\d+)?(\/action)?\/?$/.test(url.pathname)) return 'ckan';
  if (/\.(rdf|ttl|xml)$/i.test(url.pathname) || /catalog/i.test(url.pathname)) return 'dcat';
  return undefined;
}

async function freeSourceName(db: ModuleDeps['db'], host: string): Promise<string> {
  const base =
    host
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90) || 'quelle';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (CKAN_NAME.test(candidate) && !(await findSourceByName(db, candidate))) return candidate;
  }
}

export async function resolveHarvestSource(
  input: ResolveSourceInput,
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ source: HarvestSource; created: boolean }>> {
  const url = httpUrl(input.target);
  if (!url) {
    const named = await findSourceByName(db, input.target);
    return named
      ? { ok: true, source: named, created: false }
      : refuse({ target: `Es gibt keine Erntequelle „${input.target}“ und es ist keine http(s)-Adresse.` });
  }
  const known = await findSourceByUrl(db, url.href);
  if (known) return { ok: true, source: known, created: false };
  if (!input.organisation) return refuse({ organisation: 'Geben Sie mit --organisation an, welcher Organisation die Datensätze dieser Adresse gehören.' });
  const organization = await findOrganizationByName(db, input.organisation);
  if (!organization) return refuse({ organisation: `Die Organisation „${input.organisation}“ gibt es nicht.` });
  const kind = HARVEST_KINDS.find((value) => value === input.kind) ?? guessKind(url);
  if (!kind) return refuse({ kind: 'Geben Sie mit --kind ckan oder --kind dcat an, ob die Adresse eine CKAN-API oder ein DCAT-Katalog ist.' });
  const name = await freeSourceName(db, url.host);
  const source = await insertSource(db, { name, title: url.host, url: url.href, kind, organizationId: organization.id, intervalHours: null });
  return { ok: true, source, created: true };
}
