/**
 * Bundles the server and the CLI into dist/ with esbuild (packages stay in node_modules); `npm start`
 * runs it first, so it must stay fast (about a second). Plain `node dist/main.js` saves tsx's
 * transform at start-up and its memory (ADR 9); `npm run dev` runs the sources through tsx instead.
 */
import { build } from 'esbuild';
import { NODE_BUNDLE } from './node-bundle';

try {
  await build({
    entryPoints: { main: 'src/main.ts', cli: 'src/cli.ts' },
    outdir: 'dist',
    ...NODE_BUNDLE,
    logLevel: 'info',
  });
} catch {
  // esbuild has printed each error with file and line above; a stack trace of the build script would hide them.
  console.error('\nBuild fehlgeschlagen: Das Portal wurde nicht gestartet. Beheben Sie die oben genannten Fehler und starten Sie erneut.');
  process.exit(1);
}
