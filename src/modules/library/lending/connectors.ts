import type { ModuleDeps } from '../../../kernel/module';
import { builtinConnector } from './builtin-connector';
import type { LibraryConnector } from './connector';

/**
 * The connector the reader account uses. Only the built-in lending system exists so far; a
 * connector to an external PAIA server would be chosen here from the module's settings.
 */
export function connectorFor(deps: Pick<ModuleDeps, 'db' | 'config'>): LibraryConnector {
  return builtinConnector(deps);
}
