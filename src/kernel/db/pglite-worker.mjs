// The embedded database on a thread of its own (started by kernel/db/pglite-thread.ts): PostgreSQL's
// work runs beside the requests' instead of between them, as a PostgreSQL server's would. Plain
// JavaScript, so the bundle, tsx and the test bundles all start this very file.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** @type {{ dataDir: string | undefined, settings: string[], textTypes: number[] }} */
const { dataDir, settings, textTypes } = workerData;
const ROLLBACK = Symbol('rollback');

/** Open transactions by id: their handle, and how the main thread ends them. */
const transactions = new Map();

const PLAIN = new Set(['string', 'number', 'boolean']);

/**
 * Everything PostgreSQL told about an error (code, constraint, detail, …) survives the copy to the
 * main thread; only plain values, since a value that cannot be copied would end this thread.
 */
function describe(error) {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields = Object.entries(error).filter(([, value]) => PLAIN.has(typeof value));
  return { ...Object.fromEntries(fields), name: error.name, message: error.message };
}

let client;

async function open() {
  // PGlite must reopen a directory with the extensions it was created with: always the same set.
  client = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent }, startParams: [...PGlite.defaultStartParams, ...settings] });
  // Drizzle maps these types from their text itself (kernel/db/pglite-client.ts): installed once.
  for (const oid of textTypes) client.parsers[oid] = (value) => value;
  // A new data directory is set up by a second WebAssembly module (initdb) with 128 MB of memory of
  // its own, freed only when this thread's JavaScript heap is collected. This thread allocates
  // little JavaScript, so that could take hours and keep the first start's process at about 720 MB
  // instead of 340 MB: collect once now.
  setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
}

function begin(id) {
  return new Promise((started, failed) => {
    const done = client
      .transaction(async (tx) => {
        const commit = await new Promise((finish) => {
          transactions.set(id, { tx, finish, done });
          started(id);
        });
        if (!commit) throw ROLLBACK;
      })
      .catch((error) => {
        if (error !== ROLLBACK) throw error;
      });
    done.catch(failed);
  });
}

async function end(id, commit) {
  const transaction = transactions.get(id);
  transactions.delete(id);
  transaction.finish(commit);
  await transaction.done;
}

const target = (tx) => (tx === undefined ? client : transactions.get(tx).tx);

const operations = {
  open,
  query: async ({ sql, params, rowMode, tx }) => {
    const { rows, fields, affectedRows } = await target(tx).query(sql, params, rowMode ? { rowMode } : undefined);
    return { rows, fields, affectedRows };
  },
  exec: async ({ sql, tx }) => {
    await target(tx).exec(sql);
  },
  begin: ({ id }) => begin(id),
  end: ({ tx, commit }) => end(tx, commit),
  listen: async ({ channel }) => {
    await client.listen(channel, (payload) => parentPort.postMessage({ channel, payload }));
  },
  close: async () => {
    await client.close();
  },
};

parentPort.on('message', async (message) => {
  try {
    const result = await operations[message.op](message);
    parentPort.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: describe(error) });
  }
});
