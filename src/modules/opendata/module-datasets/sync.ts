import { eq } from 'drizzle-orm';
import type { ModuleDeps, OpenDatasetDeclaration } from '../../../kernel/module';
import { findDatasetByName, insertDataset, listResources, recordRevision, replaceResources, updateDataset, type ResourceFields } from '../repository/datasets';
import { OPENDATA_PATHS } from '../paths';
import { organizations } from '../tables';
import { DEFAULT_LICENSE_ID } from '../vocabularies/licenses';
import { rowsAsCsv, rowsAsJson, sha256 } from './rows-file';

/** Where a module's dataset is read: generated from its rows on every request, so it is always current. */
export function moduleExportPath(name: string, format: 'csv' | 'json'): string {
  return `${OPENDATA_PATHS.dataset(name)}/export.${format}`;
}

interface Declared {
  moduleId: string;
  declaration: OpenDatasetDeclaration;
}

export function declaredDatasets(deps: Pick<ModuleDeps, 'modules'>): Declared[] {
  return deps.modules.flatMap((module) => (module.openData ?? []).map((declaration) => ({ moduleId: module.id, declaration })));
}

/** A distribution generated live from the rows (or the module's own GeoJSON), with size and checksum of its current content. */
function liveFile(format: 'CSV' | 'JSON' | 'GEOJSON', mediaType: string, description: string, url: string, body: string): ResourceFields {
  return {
    name: `${format === 'GEOJSON' ? 'GeoJSON' : format}-Datei`,
    description,
    format,
    mediaType,
    url,
    fileKey: null,
    fileName: null,
    byteSize: Buffer.byteLength(body),
    checksumAlgorithm: 'sha256',
    checksum: sha256(body),
    licenseId: null,
  };
}

function distributions(baseUrl: string, name: string, csv: string, json: string): ResourceFields[] {
  const rows = (format: 'CSV' | 'JSON') => `Alle Zeilen als ${format}, bei jedem Abruf aktuell erzeugt.`;
  return [
    liveFile('CSV', 'text/csv', rows('CSV'), `${baseUrl}${moduleExportPath(name, 'csv')}`, csv),
    liveFile('JSON', 'application/json', rows('JSON'), `${baseUrl}${moduleExportPath(name, 'json')}`, json),
  ];
}

/** The module's own GeoJSON file of the dataset, where it declares one. */
function geoJsonFile(baseUrl: string, path: string, body: string): ResourceFields {
  return liveFile('GEOJSON', 'application/geo+json', 'Alle Objekte mit ihrer Lage als GeoJSON (RFC 7946), bei jedem Abruf aktuell.', `${baseUrl}${path}`, body);
}

/** The module's web interface of the dataset (an API entry point): no size or checksum, it answers live. */
function apiAccess(baseUrl: string, api: NonNullable<OpenDatasetDeclaration['api']>): ResourceFields {
  return {
    name: api.name,
    description: api.description,
    format: 'JSON',
    mediaType: 'application/json',
    url: `${baseUrl}${api.path}`,
    fileKey: null,
    fileName: null,
    byteSize: null,
    checksumAlgorithm: null,
    checksum: null,
    licenseId: null,
  };
}

/**
 * The platform's own data as open data: every module's `openData` declaration becomes a dataset of
 * the municipality's own organisation (the first of kind `city`), with a CSV and a JSON distribution
 * generated from its rows. Run by a recurring job: a dataset whose rows changed gets a new revision,
 * sizes and checksums, so harvesters see the change. A portal dataset of the same name is left alone.
 */
export async function syncModuleDatasets(deps: Pick<ModuleDeps, 'db' | 'config' | 'modules'>): Promise<{ created: number; updated: number }> {
  const [city] = await deps.db.select().from(organizations).where(eq(organizations.kind, 'city')).orderBy(organizations.createdAt).limit(1);
  if (!city) return { created: 0, updated: 0 };
  let created = 0;
  let updated = 0;
  for (const { moduleId, declaration } of declaredDatasets(deps)) {
    const rows = await declaration.rows(deps as ModuleDeps);
    const csv = rowsAsCsv(rows);
    const files = distributions(deps.config.baseUrl, declaration.name, csv, rowsAsJson(rows));
    if (declaration.geojson) files.push(geoJsonFile(deps.config.baseUrl, declaration.geojson.path, await declaration.geojson.body(deps as ModuleDeps)));
    if (declaration.api) files.push(apiAccess(deps.config.baseUrl, declaration.api));
    const originRef = `${moduleId}:${declaration.name}`;
    await deps.db.transaction(async (tx) => {
      const existing = await findDatasetByName(tx, declaration.name);
      if (existing && (existing.origin !== 'module' || existing.originRef !== originRef)) return;
      if (!existing) {
        const dataset = await insertDataset(
          tx,
          {
            name: declaration.name,
            organizationId: city.id,
            title: declaration.title,
            notes: declaration.description,
            state: 'active',
            private: false,
            licenseId: DEFAULT_LICENSE_ID,
            tags: declaration.keywords,
            themes: [declaration.theme],
            contactName: city.title,
            contactEmail: city.email ?? deps.config.municipality.contact.email,
            contactUrl: null,
            contributorIds: [],
            temporalStart: null,
            temporalEnd: null,
            spatialKey: deps.config.municipality.regionalschluessel,
            spatialLevel: 'municipality',
            frequency: 'CONT',
            legalBasis: null,
            landingPage: null,
            version: null,
            issued: new Date(),
            modified: new Date(),
          },
          { origin: 'module', harvestSourceId: null, originRef },
          null,
        );
        await replaceResources(tx, dataset.id, files);
        await recordRevision(tx, dataset.id, 'created', null);
        created += 1;
        return;
      }
      const current = await listResources(tx, existing.id);
      if (current.map((resource) => resource.checksum).join() === files.map((file) => file.checksum).join()) return;
      await updateDataset(tx, existing.id, {
        title: declaration.title,
        notes: declaration.description,
        tags: declaration.keywords,
        themes: [declaration.theme],
        modified: new Date(),
      });
      await replaceResources(tx, existing.id, files);
      await recordRevision(tx, existing.id, 'updated', null);
      updated += 1;
    });
  }
  return { created, updated };
}

export function findDeclaration(deps: Pick<ModuleDeps, 'modules'>, originRef: string | null): OpenDatasetDeclaration | undefined {
  return declaredDatasets(deps).find(({ moduleId, declaration }) => `${moduleId}:${declaration.name}` === originRef)?.declaration;
}
