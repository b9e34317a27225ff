import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import Provider, { type Interaction } from 'oidc-provider';
import type { ModuleDeps, ModuleManifest } from '../../../kernel/module';
import { OIDC_START_PATH, oidcRoutes } from './routes';

/**
 * A real OpenID provider (oidc-provider 9) on 127.0.0.1 for the tests, with one confidential client,
 * PKCE required, and a tiny interaction handler standing in for the login and consent screens.
 * Test-only: imported by oidc.test.ts, never by the portal.
 */
export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  given_name?: string;
  family_name?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The person who "logs in" at the provider in the next authorize(); `deny` makes them cancel. */
  nextLogin(account: TestAccount | 'deny'): void;
  /** Follows the provider's redirects like a browser (cookies included) until it sends the browser back to `returnOrigin`. */
  authorize(authorizationUrl: string, returnOrigin: string): Promise<URL>;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  let next: TestAccount | 'deny' | undefined;
  const clientId = 'stadtportal';
  const clientSecret = randomBytes(24).toString('base64url');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
    ],
    findAccount: (_ctx, id) => {
      const account = accounts.get(id);
      return account && { accountId: id, claims: () => ({ ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'given_name', 'family_name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    // Explicit lifetimes keep the provider's start-up notices out of the test output.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
  });

  /** The "login page" and "consent page" at once: answers whatever the provider asks for. */
  async function interact(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details: Interaction = await provider.interactionDetails(req, res);
    if (next === 'deny') {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'End-User aborted interaction' },
        { mergeWithLastSubmission: false },
      );
    } else if (details.prompt.name === 'login') {
      if (!next) throw new Error('nextLogin() was not called');
      accounts.set(next.sub, next);
      await provider.interactionFinished(req, res, { login: { accountId: next.sub } }, { mergeWithLastSubmission: false });
    } else {
      const accountId = details.session?.accountId ?? '';
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: details.params.client_id });
      if (!grant) throw new Error('grant not found');
      grant.addOIDCScope(details.params.scope ?? 'openid');
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    }
  }

  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    interact(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  return {
    issuer,
    clientId,
    clientSecret,
    nextLogin: (account) => {
      next = account;
    },
    authorize: (url, returnOrigin) => followRedirects(url, returnOrigin),
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A browser's redirect loop over real HTTP, keeping the provider's cookies in a jar of its own. */
async function followRedirects(start: string, returnOrigin: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin === returnOrigin) return url;
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const [name, value] = [pair.slice(0, index).trim(), pair.slice(index + 1).trim()];
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 500)}`);
    }
    await response.body?.cancel();
    url = new URL(location, url);
  }
  throw new Error('too many redirects');
}

/** Mounts the routes unless the accounts module (listed before this manifest) already did. */
export const oidcTestModule: ModuleManifest = {
  id: 'oidc-test',
  routes: (app: FastifyInstance, deps: ModuleDeps) => {
    if (!app.hasRoute({ method: 'GET', url: OIDC_START_PATH })) oidcRoutes(app, deps);
  },
};
