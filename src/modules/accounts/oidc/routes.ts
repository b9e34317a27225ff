import type { FastifyInstance } from 'fastify';
import { moduleSettings } from '../../../kernel/config';
import { consumeRateLimit } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { logIn, safeNextPath } from '../log-in';
import { profileFromClaims } from './claims';
import { OidcClient } from './client';
import { oidcErrors } from './errors';
import { linkAccount } from './link-account';
import { oidcSettings } from './settings';
import { newLoginChecks, savePendingLogin, takePendingLogin } from './pending-login';

export const OIDC_START_PATH = '/konto/oidc/start';
export const OIDC_CALLBACK_PATH = '/konto/oidc/callback';

/** Starting a login writes a row; this bounds what one address can write (a town hall NAT included). */
const START_LIMIT = { limit: 100, windowSeconds: 600 };

/**
 * Login through an OpenID provider (BundID gateway, staff SSO): authorization code flow with PKCE
 * (S256), state and nonce. Without OIDC_* configuration no route exists. Both routes are GETs, so the
 * kernel's CSRF check does not apply; the state bound to this browser's pending login does that job.
 */
export function oidcRoutes(app: FastifyInstance, { config, db }: ModuleDeps): void {
  // An http issuer is refused in production when the settings are loaded (oidc/settings.ts).
  const settings = moduleSettings({ config }, oidcSettings);
  if (!settings) return;
  const allowHttp = config.env !== 'production';
  const oidc = new OidcClient(settings, `${config.baseUrl}${OIDC_CALLBACK_PATH}`, allowHttp);

  // No automatic HEAD routes: both routes have side effects, which a HEAD request must not trigger.
  app.get<{ Querystring: { weiter?: unknown } }>(OIDC_START_PATH, { exposeHeadRoute: false }, async (request, reply) => {
    await consumeRateLimit(db, `oidc-start:${request.ip}`, START_LIMIT);
    const checks = await newLoginChecks();
    // Discovery first: when the provider is down the person sees that, and no attempt is stored.
    const target = await oidc.authorizationUrl(checks);
    await savePendingLogin(db, request, reply, checks, safeNextPath(request.query.weiter));
    return reply.header('cache-control', 'no-store').redirect(target.href, 303);
  });

  app.get<{ Querystring: { error?: unknown; state?: unknown } }>(OIDC_CALLBACK_PATH, { exposeHeadRoute: false }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    // Taken (deleted) before anything else: whatever happens next, this attempt cannot be replayed.
    const pending = await takePendingLogin(db, request, reply);
    const { error, state } = request.query;
    if (error !== undefined) throw oidcErrors.providerRefused(typeof error === 'string' ? error : 'invalid');
    if (!pending) throw oidcErrors.noPendingLogin();
    if (state !== pending.state) throw oidcErrors.stateMismatch();

    const url = request.raw.url ?? '';
    const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
    const claims = await oidc.redeem(query, pending);
    const { user, newAccount, linked } = await linkAccount(db, await oidc.issuer(), profileFromClaims(claims), request.ip);
    request.log.info({ userId: user.id, linked, newAccount }, 'oidc login');
    await logIn(request, reply, db, user, 'oidc');
    return reply.redirect(safeNextPath(pending.next), 303);
  });
}
