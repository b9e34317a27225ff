import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { LIBRARY_PATHS } from '../paths';
import { librarySettings } from '../settings';
import { daiaDocument, type DaiaResponse } from './daia-response';
import { recordKey, type DaiaQuery } from './query';
import { itemsOf, recordsFor } from './repository';

/**
 * Answers a DAIA request: one document per request identifier that names a record (unknown
 * identifiers are simply absent, as DAIA asks; never a 404). Public, no actor: availability is what
 * the shelf shows anyone.
 */
export async function availability(query: DaiaQuery, { db, config }: Pick<ModuleDeps, 'db' | 'config'>): Promise<DaiaResponse> {
  const keys = query.requested.map((requested) => ({ requested, key: recordKey(config.baseUrl, requested) }));
  const ids = keys.flatMap(({ key }) => ('id' in key ? [key.id] : []));
  const library = moduleSettings({ config }, librarySettings);
  const branchName = (id: string) => library.branches.find((branch) => branch.id === id)?.name ?? id;
  const controlNumbers = keys.flatMap(({ key }) => ('controlNumber' in key ? [key.controlNumber] : []));
  const records = await recordsFor(db, ids, controlNumbers);
  const items = await itemsOf(
    db,
    records.map((record) => record.id),
  );
  const documents = keys.flatMap(({ requested, key }) => {
    const record = records.find((candidate) => ('id' in key ? candidate.id === key.id : candidate.controlNumber === key.controlNumber));
    if (!record) return [];
    return [
      daiaDocument(
        config.baseUrl,
        record,
        items.filter((item) => item.recordId === record.id),
        requested,
        branchName,
      ),
    ];
  });
  // Integrity rule 1: a document id appears once, even when two identifiers name the same record.
  const unique = documents.filter((document, index) => documents.findIndex((other) => other.id === document.id) === index);
  return {
    institution: { content: library.name, href: `${config.baseUrl}${LIBRARY_PATHS.catalogue}` },
    timestamp: new Date().toISOString(),
    document: unique,
  };
}
