// The embedded database on a thread of its own (started by kernel/db/pglite-thread.ts): PostgreSQL's
// work runs beside the requests' instead of between them, as a PostgreSQL server's would. Plain
// JavaScript, so the bundle, tsx and the test bundles all start this very file.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, parse as protocolResults, protocol } from '@electric-sql/pglite';
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

const { serialize } = protocol;

/**
 * Drizzle's prepared queries by their name: the statement's name in this session (a new one after
 * PostgreSQL dropped or refused the old), its text and its parameters' types. PGlite is one
 * session, and a statement prepared by the protocol outlives every transaction, rolled back or not.
 */
const statements = new Map();
let generation = 0;

/** PostgreSQL's answer when a prepared statement is gone, or its plan would return other columns after a schema change. */
const STALE_STATEMENT = new Set(['26000', '0A000']);

function concat(messages) {
  const joined = new Uint8Array(messages.reduce((length, message) => length + message.length, 0));
  let offset = 0;
  for (const message of messages) {
    joined.set(message, offset);
    offset += message.length;
  }
  return joined;
}

/**
 * One round of messages into PGlite, in its query lock (and, outside a transaction, its
 * transaction lock, as `query` takes both). A failure throws after the closing Sync, so the
 * session is ready again, or its transaction is aborted, as after an unnamed statement.
 */
function exchange(messages, inTransaction) {
  const run = () => client._runExclusiveQuery(() => client.execProtocolStream(concat(messages), { syncToFs: !inTransaction }));
  return inTransaction ? run() : client._runExclusiveTransaction(run);
}

async function prepare(name, sql, inTransaction) {
  const statement = `${name}_${(generation += 1)}`;
  const described = await exchange(
    [serialize.parse({ name: statement, text: sql }), serialize.describe({ type: 'S', name: statement }), serialize.sync()],
    inTransaction,
  );
  const prepared = { statement, sql, paramTypes: protocolResults.parseDescribeStatementResults(described) };
  statements.set(name, prepared);
  return prepared;
}

/** Values as PGlite's `query` sends them: by the parameter's type, text otherwise. */
function bindValues(params, paramTypes) {
  return params.map((param, i) => {
    if (param === null || param === undefined) return null;
    const serializer = client.serializers[paramTypes[i]];
    return serializer ? serializer(param) : param.toString();
  });
}

async function execute({ statement, paramTypes }, params, rowMode, inTransaction) {
  const values = bindValues(params, paramTypes);
  const messages = await exchange(
    [serialize.bind({ statement, values }), serialize.describe({ type: 'P' }), serialize.execute({}), serialize.sync()],
    inTransaction,
  );
  return protocolResults.parseResults(messages, client.parsers, rowMode ? { rowMode } : undefined)[0];
}

/**
 * A prepared query of Drizzle's (`.prepare(name)`, kernel/db/prepared.ts) as a named statement:
 * parsed and planned once, then bound and executed by name in one message round (PostgreSQL's
 * generic plan after five runs, as node-postgres gets on a server). Unprepared queries stay unnamed.
 */
async function namedQuery({ name, sql, params = [], rowMode, tx }) {
  const inTransaction = tx !== undefined;
  const known = statements.get(name);
  // The same name with another text (not expected: names are unique in the code base) runs unnamed.
  if (known && known.sql !== sql) return target(tx).query(sql, params, rowMode ? { rowMode } : undefined);
  try {
    return await execute(known ?? (await prepare(name, sql, inTransaction)), params, rowMode, inTransaction);
  } catch (error) {
    if (!known || !STALE_STATEMENT.has(error.code)) throw Object.assign(error, { query: sql });
    statements.delete(name);
    // Inside a transaction the error has aborted it: it ends as any failed statement's would.
    if (inTransaction) throw Object.assign(error, { query: sql });
    return execute(await prepare(name, sql, inTransaction), params, rowMode, inTransaction);
  }
}

const operations = {
  open,
  query: async ({ name, sql, params, rowMode, tx }) => {
    const { rows, fields, affectedRows } = name
      ? await namedQuery({ name, sql, params, rowMode, tx })
      : await target(tx).query(sql, params, rowMode ? { rowMode } : undefined);
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
