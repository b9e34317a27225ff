/**
 * Bundles the test files (and the timing reporter) with esbuild before they run, shared code split
 * into common chunks. Loading one test file through tsx costs about 3.5 s of CPU (it resolves and
 * transforms some 500 TypeScript files in every test process); the bundle loads in a fraction of that,
 * which was about a third of the unit suite's time on two cores. Packages stay external, so they load
 * from node_modules as in production (dist/ is built the same way); source maps keep stack traces
 * pointing at the TypeScript. Type errors are tsc's job (`npm run typecheck`), as for dist/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { NODE_BUNDLE } from '../node-bundle';

export interface TestBundle {
  /** The folder the bundle is in (absolute). */
  folder: string;
  /** The bundled file that runs in place of a source file (paths relative to the project root). */
  entryOf(file: string): string;
  /** Whether the code `file` loads (its own and every chunk it imports, also dynamically) contains `text`. */
  contains(file: string, text: string): boolean;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Each run bundles into a folder of its own below `parent`, named by its process id, so two runs at
 * once (the suite on PostgreSQL while one file runs on PGlite) never delete each other's files.
 * Folders of runs that ended without cleaning up are removed here. Returns the run's folder.
 */
export function bundleFolder(parent: string): string {
  const folders = (() => {
    try {
      return readdirSync(parent);
    } catch {
      return [];
    }
  })();
  for (const name of folders) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  return join(parent, String(process.pid));
}

export async function bundleTests(root: string, outdir: string, files: string[]): Promise<TestBundle> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: files,
    outdir,
    outbase: '.',
    outExtension: { '.js': '.mjs' },
    ...NODE_BUNDLE,
    splitting: true,
    metafile: true,
    logLevel: 'warning',
  });
  const entryOf = (file: string) => join(relative(root, outdir), file.replace(/\.tsx?$/, '.mjs'));
  return {
    folder: outdir,
    entryOf,
    contains: (file, text) => loadedOutputs(metafile, entryOf(file)).some((output) => readFileSync(join(root, output), 'utf8').includes(text)),
  };
}

/** The output files a process running `entry` may load: the entry and the chunks it imports, transitively. */
function loadedOutputs(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const { path, external } of metafile.outputs[output]?.imports ?? []) if (!external) visit(path);
  };
  visit(entry);
  return [...seen];
}
