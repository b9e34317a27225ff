import type { Config } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';

/** What the use cases need besides the actor and the input; routes and the CLI build it alike. */
export interface UseCaseContext {
  db: Database;
  config: Pick<Config, 'baseUrl' | 'municipality'>;
  /** Client address for the audit log; absent on the command line. */
  ip?: string | undefined;
}

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((value) => left.has(value));
}

export function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}
