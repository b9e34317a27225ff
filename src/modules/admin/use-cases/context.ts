import type { Config } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';

/**
 * What the use cases need besides the actor and the input: a part of ModuleDeps plus the client
 * address for the audit log. Routes pass `{ ...deps, ip: request.ip }`, the CLI its deps as they are.
 */
export interface UseCaseContext extends Pick<ModuleDeps, 'db'> {
  config: Pick<Config, 'baseUrl' | 'municipality'>;
  /** Client address for the audit log; absent on the command line. */
  ip?: string | undefined;
}

/** For use cases that offer or check the permissions every registered module declares. */
export type CatalogueContext = UseCaseContext & Pick<ModuleDeps, 'modules'>;

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((value) => left.has(value));
}

export function sorted(values: readonly string[]): string[] {
  return [...values].sort();
}
