import { join } from 'node:path';

/**
 * The arguments that start one of the portal's programs (`src/main.ts`, the server; `src/cli.ts`,
 * the CLI) in a process of its own, as tests of the real entry points do. The test runner bundles both
 * beside the test files and names the folder in TEST_BUNDLE_DIR: started from there a program costs
 * about 0.8 CPU-seconds, through tsx 4.2 (it transforms some 500 files on every start). A test file run
 * by hand outside the runner starts the sources through tsx.
 */
export function programArgs(program: 'main' | 'cli'): string[] {
  const bundleDir = process.env.TEST_BUNDLE_DIR;
  return bundleDir ? ['--enable-source-maps', join(bundleDir, 'src', `${program}.mjs`)] : ['--import', 'tsx', `src/${program}.ts`];
}
