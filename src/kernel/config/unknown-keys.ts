import type { z } from 'zod';
import { editDistance } from '../text-search';

/**
 * Keys of the municipality file that no schema reads: zod's objects drop them silently, so a typo
 * (`munincipality`, `contakt.email`) would leave a setting at its default without a word. The file
 * is read by several schemas at once (the kernel's and every module's `file` part), so a key is
 * unknown only when none of the schemas that describe its place knows it.
 */
export function unknownKeyProblems(schemas: readonly z.ZodType[], value: unknown, prefix: string, { topLevel = true } = {}): string[] {
  const problems: string[] = [];
  walk(schemas, value, [], (path, known) => {
    if (!topLevel && path.length === 1) return;
    const key = path.at(-1)!;
    const near = nearest(key, known);
    const hint = near ? ` – meinten Sie „${near}“?` : known.length <= 12 ? ` (bekannt sind hier: ${known.join(', ')})` : '';
    problems.push(`${prefix}${path.join('.')}: unbekannter Schlüssel${hint}`);
  });
  return problems;
}

type Report = (path: string[], known: string[]) => void;

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/** The schema without optional, default, nullable and transform wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let current = schema; ;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

/** A union's options that could read a value of this kind (an object, or a list): `true` or `{ ideas: true }` reads as the object. */
function readersOf(schema: z.ZodType, value: object): Def[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'union') return [def];
  const kind = Array.isArray(value) ? 'array' : 'object';
  return def.options!.flatMap((option) => readersOf(option, value)).filter((option) => option.type === kind);
}

function walk(schemas: readonly z.ZodType[], value: unknown, path: string[], report: Report): void {
  if (value === null || typeof value !== 'object' || schemas.length === 0) return;
  const defs = schemas.flatMap((schema) => readersOf(schema, value));
  if (defs.length === 0) return;
  if (Array.isArray(value)) {
    if (!defs.every((def) => def.type === 'array')) return;
    value.forEach((item, index) =>
      walk(
        defs.map((def) => def.element!),
        item,
        [...path, String(index)],
        report,
      ),
    );
    return;
  }
  // A record, a union or an object that keeps any key (catchall) cannot tell a typo from a name.
  const catchesAll = (def: Def) => def.catchall !== undefined && defOf(def.catchall).type !== 'never';
  if (!defs.every((def) => def.type === 'object' && !catchesAll(def))) return;
  const known = [...new Set(defs.flatMap((def) => Object.keys(def.shape!)))];
  for (const [key, child] of Object.entries(value)) {
    const readers = defs.flatMap((def) => (key in def.shape! ? [def.shape![key]!] : []));
    if (readers.length === 0) report([...path, key], known);
    else walk(readers, child, [...path, key], report);
  }
}

/**
 * Every key path the schemas describe, `contact.email`, `library.branches[].id`: the guide for a new
 * municipality (docs/new-municipality.md) must explain each, a test checks it.
 */
export function keyPaths(schemas: readonly z.ZodType[]): string[] {
  const paths = new Set<string>();
  const visit = (schema: z.ZodType, path: string): void => {
    const def = defOf(unwrap(schema));
    if (def.type === 'array') return visit(def.element!, `${path}[]`);
    if (def.type !== 'object') return;
    for (const [key, child] of Object.entries(def.shape!)) {
      const childPath = path ? `${path}.${key}` : key;
      paths.add(childPath);
      visit(child, childPath);
    }
  };
  for (const schema of schemas) visit(schema, '');
  return [...paths];
}

/** The known key a typo most likely meant: at most a third of its letters apart, or differing only in case. */
function nearest(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 3)) && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}
