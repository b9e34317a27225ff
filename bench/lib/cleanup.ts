/**
 * Everything the benchmark starts (child processes, clusters, temp dirs) registers here and is
 * released on normal end, on errors and on Ctrl-C, newest first.
 */

interface Resource {
  name: string;
  release: () => Promise<void>;
  /** Last resort inside process.on('exit'), where nothing asynchronous runs any more. */
  releaseSync: () => void;
}

const resources: Resource[] = [];

export function track(resource: Resource): () => Promise<void> {
  resources.push(resource);
  return async () => {
    const index = resources.indexOf(resource);
    if (index === -1) return;
    resources.splice(index, 1);
    await resource.release();
  };
}

export async function releaseAll(): Promise<void> {
  while (resources.length > 0) {
    const resource = resources.pop()!;
    try {
      await resource.release();
    } catch (error) {
      process.stderr.write(`cleanup of ${resource.name} failed: ${String(error)}\n`);
      resource.releaseSync();
    }
  }
}

function releaseAllSync(): void {
  while (resources.length > 0) {
    const resource = resources.pop()!;
    try {
      resource.releaseSync();
    } catch {
      // Best effort: the process is exiting.
    }
  }
}

let installed = false;

/** Ctrl-C, SIGTERM and the process ending for any reason release every tracked resource. */
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (interrupted) {
        releaseAllSync();
        process.exit(130);
      }
      interrupted = true;
      process.stderr.write(`\n${signal}: stopping every child process and removing temp dirs...\n`);
      void releaseAll().finally(() => process.exit(130));
    });
  }
  process.on('exit', releaseAllSync);
}

/**
 * Runs a benchmark part's `main` as its process: a failure is printed with its stack and sets the
 * exit code, and whatever the part started (servers, clusters, temp folders) is released either way.
 */
export function runPart(name: string, main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      process.stderr.write(`\n${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    })
    .finally(async () => {
      await releaseAll();
      process.exit(process.exitCode ?? 0);
    });
}
