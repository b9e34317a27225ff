import { editDistance } from '../text-search';

/**
 * Variables of the environment that look like one the portal reads but are not, while that one is
 * unset: `DATABSE_URL=postgres://…` would otherwise leave the portal on PGlite with demo data without
 * a word, `S3_BUCKT` on the local disk. The environment holds every other program's variables too
 * (AWS_REGION is three letters from S3_REGION, HOME one from HOST), so only near misses count: a
 * name the portal reads of at least 7 characters, one letter off (two from 10 characters on),
 * compared case-insensitively.
 */
export function misspelledEnvProblems(source: Readonly<Record<string, string | undefined>>, known: readonly string[]): string[] {
  const knownSet = new Set(known);
  const unset = known.filter((name) => name.length >= 7 && source[name] === undefined);
  const problems: string[] = [];
  for (const name of Object.keys(source).sort()) {
    if (knownSet.has(name) || source[name] === undefined) continue;
    const meant = unset.find((candidate) => editDistance(name.toUpperCase(), candidate) <= (candidate.length >= 10 ? 2 : 1));
    if (meant) problems.push(`${name}: unbekannte Umgebungsvariable – meinten Sie ${meant}? (${meant} ist nicht gesetzt)`);
  }
  return problems;
}
