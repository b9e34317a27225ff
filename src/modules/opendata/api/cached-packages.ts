import { cachedQuery, type Executor } from '../../../kernel/db';
import { packagesByIds } from './packages';
import type { PackageDict } from './package-dict';

interface Waiting {
  id: string;
  done: (dict: PackageDict | undefined) => void;
  failed: (error: unknown) => void;
}

/** Ids asked for in the same turn of the event loop, per database: loaded together in one round. */
const batches = new Map<Executor, { baseUrl: string; waiting: Waiting[] }[]>();

function loadInBatch(db: Executor, baseUrl: string, id: string): Promise<PackageDict | undefined> {
  return new Promise((done, failed) => {
    const open = batches.get(db) ?? [];
    let batch = open.find((candidate) => candidate.baseUrl === baseUrl);
    if (!batch) {
      const started = { baseUrl, waiting: [] as Waiting[] };
      batch = started;
      batches.set(db, [...open, started]);
      queueMicrotask(() => {
        batches.set(
          db,
          (batches.get(db) ?? []).filter((candidate) => candidate !== started),
        );
        if (batches.get(db)?.length === 0) batches.delete(db);
        packagesByIds(
          db,
          baseUrl,
          started.waiting.map((entry) => entry.id),
        ).then(
          (dicts) => {
            const byId = new Map(dicts.map((dict) => [dict.id, dict]));
            for (const entry of started.waiting) entry.done(byId.get(entry.id));
          },
          (error: unknown) => {
            for (const entry of started.waiting) entry.failed(error);
          },
        );
      });
    }
    batch.waiting.push({ id, done, failed });
  });
}

/**
 * CKAN dictionaries by `<base URL> <id>`, kept until a dataset, organisation or distribution
 * changes: a search page repeats the datasets other pages showed. A dictionary is about 4 KB of
 * JSON, so 2,000 of them stay within a few MB.
 */
const dictionaries = cachedQuery({ tables: ['opendata_datasets', 'opendata_organizations', 'opendata_resources'], maxEntries: 2000 }, (db, key) => {
  const split = key.lastIndexOf(' ');
  return loadInBatch(db, key.slice(0, split), key.slice(split + 1));
});

/**
 * The datasets of a search page as CKAN dictionaries, in the order of `ids`: the ones not kept yet
 * are read in one round (packagesByIds), whatever their number.
 */
export async function cachedPackagesByIds(db: Executor, baseUrl: string, ids: readonly string[]): Promise<PackageDict[]> {
  const dicts = await Promise.all(ids.map((id) => dictionaries(db, `${baseUrl} ${id}`)));
  return dicts.filter((dict): dict is PackageDict => dict !== undefined);
}
