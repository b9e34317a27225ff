/**
 * The generator behind `npm run new:module -- <name>` (scripts/new-module.ts): writes the skeleton of a module that follows the contract
 * (ARCHITECTURE.md "A module") into src/modules/<name>/, generates its first migration with
 * drizzle-kit (as `npm run db:generate` does, for this owner only) and lists it in src/registry.ts.
 * The result type-checks, lints and passes its own tests unchanged; then make it yours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MODULE_NAME, namesOf, type ModuleNames } from './templates/names';
import { auditActionsTs, demoTs, indexTs, pathsTs, policiesTs, repositoryTs, schemasTs, tablesTs } from './templates/manifest';
import { publicViewTsx, routesTsx, staffViewTsx, testTs, useCaseTs } from './templates/pages';

/** Top-level URL segments the kernel and the modules already use: a module with that name would take over their pages. */
const RESERVED = new Set([
  'kernel',
  'modules',
  'admin',
  'api',
  'assets',
  'media',
  'healthz',
  'konto',
  'verwaltung',
  'suche',
  'leistungen',
  'antraege',
  'test',
  'new',
]);

/** Why `name` cannot be a new module in `root`, or null. */
export function refusal(root: string, name: string | undefined): string | null {
  if (!name) return 'Bitte geben Sie einen Namen an: npm run new:module -- <name> (zum Beispiel: npm run new:module -- fundbuero).';
  if (!MODULE_NAME.test(name) || name.length > 30) {
    return `„${name}“ ist kein gültiger Modulname: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, mit einem Buchstaben am Anfang, höchstens 30 Zeichen (Umlaute als ae, oe, ue, ss).`;
  }
  if (RESERVED.has(name)) return `„${name}“ ist reserviert (Kernel oder eine vorhandene Adresse /${name}). Bitte wählen Sie einen anderen Namen.`;
  if (existsSync(join(root, 'src/modules', name))) return `Das Modul „${name}“ gibt es schon (src/modules/${name}). Bitte wählen Sie einen anderen Namen.`;
  const registry = readFileSync(join(root, 'src/registry.ts'), 'utf8');
  if (registry.includes(`'./modules/${name}'`) || new RegExp(`\\b${namesOf(name).camel}Module\\b`).test(registry)) {
    return `Das Modul „${name}“ steht schon in src/registry.ts. Bitte wählen Sie einen anderen Namen.`;
  }
  return null;
}

function files(n: ModuleNames): Record<string, string> {
  return {
    'index.ts': indexTs(n),
    'audit-actions.ts': auditActionsTs(n),
    'paths.ts': pathsTs(n),
    'policies.ts': policiesTs(n),
    'schemas.ts': schemasTs(),
    'tables.ts': tablesTs(n),
    'repository.ts': repositoryTs(n),
    'routes.tsx': routesTsx(n),
    'use-cases/list-entries.ts': useCaseTs(n),
    'views/public-page.tsx': publicViewTsx(n),
    'views/staff-list.tsx': staffViewTsx(n),
    'demo/index.ts': demoTs(n),
    [`${n.id}.test.ts`]: testTs(n),
  };
}

/** Adds the import after the last module import and the manifest as the last entry of MODULES. */
export function register(source: string, n: ModuleNames): string {
  const lines = source.split('\n');
  const lastImport = lines.findLastIndex((line) => line.startsWith('import ') && line.includes("from './modules/"));
  const start = lines.findIndex((line) => line.startsWith('export const MODULES'));
  const end = lines.findIndex((line, index) => index > start && line.startsWith('];'));
  if (lastImport < 0 || start < 0 || end < 0) {
    throw new Error('src/registry.ts does not have the expected shape (module imports, then `export const MODULES ... = [` ... `];`).');
  }
  lines.splice(end, 0, `  ${n.camel}Module,`);
  lines.splice(lastImport + 1, 0, `import { ${n.camel}Module } from './modules/${n.id}';`);
  return lines.join('\n');
}

export function generate(root: string, name: string): string[] {
  const n = namesOf(name);
  const folder = join(root, 'src/modules', n.id);
  const written = Object.entries(files(n)).map(([path, content]) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
    return `src/modules/${n.id}/${path}`;
  });
  execFileSync('npx', ['drizzle-kit', 'generate', '--config', 'drizzle.config.ts', '--name', `${n.snake}-entries`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, MIGRATIONS_OWNER: n.id },
  });
  const migrations = readdirSync(join(folder, 'migrations')).filter((file) => file.endsWith('.sql'));
  written.push(...migrations.map((file) => `src/modules/${n.id}/migrations/${file}`));
  const registry = join(root, 'src/registry.ts');
  writeFileSync(registry, register(readFileSync(registry, 'utf8'), n));
  written.push('src/registry.ts (eingetragen)');
  return written;
}
