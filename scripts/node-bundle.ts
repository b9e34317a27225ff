import type { BuildOptions } from 'esbuild';

/**
 * How the portal's TypeScript becomes JavaScript for Node, the same for dist/ (build.ts) and for the
 * test runs (run-tests/bundle.ts), so the tests run the code the way production does: ESM for Node 20,
 * packages left in node_modules, Preact's JSX, source maps for stack traces.
 */
export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
};
