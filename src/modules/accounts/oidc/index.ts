import { moduleSettings, type Config } from '../../../kernel/config';
import { oidcSettings } from './settings';
import { OIDC_START_PATH } from './routes';

/**
 * The login page's button for the OpenID provider, or undefined when none is configured.
 * `next` is the path to return to after login (it is checked again with safeNextPath).
 */
export function oidcLoginLink(config: Config, next?: string): { href: string; label: string } | undefined {
  const settings = moduleSettings({ config }, oidcSettings);
  if (!settings) return undefined;
  const href = next ? `${OIDC_START_PATH}?weiter=${encodeURIComponent(next)}` : OIDC_START_PATH;
  return { href, label: settings.label };
}
