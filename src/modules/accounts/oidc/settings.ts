import { z } from 'zod';
import { defineSettings } from '../../../kernel/config';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Text of the login button, e.g. "Mit BundID anmelden". */
  label: string;
  scope: string;
}

/**
 * Login through an OpenID provider (BundID gateway, staff SSO), from OIDC_*; undefined when not
 * configured (then no OIDC route exists). Production needs an https issuer.
 */
export const oidcSettings = defineSettings('accounts.oidc', {
  env: z.object({
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_LABEL: z.string().default('Mit BundID anmelden'),
    OIDC_SCOPE: z.string().default('openid email profile'),
  }),
  resolve: ({ env, nodeEnv }, problem): OidcSettings | undefined => {
    const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
    if (!issuer && !clientId && !clientSecret) return undefined;
    if (!issuer || !clientId || !clientSecret) {
      problem('OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET: nur alle drei zusammen oder keine');
      return undefined;
    }
    if (nodeEnv === 'production' && new URL(issuer).protocol !== 'https:') problem('OIDC_ISSUER: muss im Betrieb (production) eine https-Adresse sein');
    return { issuer, clientId, clientSecret, label: env.OIDC_LABEL, scope: env.OIDC_SCOPE };
  },
});
