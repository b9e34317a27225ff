import type * as OpenId from 'openid-client';
import { AppError } from '../../../kernel/http';
import { oidcErrors } from './errors';
import type { OidcSettings } from './settings';

export type { OidcSettings } from './settings';

/** The checks bound to one browser's login attempt (see pending-login.ts). */
export interface LoginChecks {
  codeVerifier: string;
  state: string;
  nonce: string;
}

/** Seconds per request to the provider: a hanging provider must not hold a citizen's page for long. */
const PROVIDER_TIMEOUT_SECONDS = 10;

let library: typeof OpenId | undefined;
let loading: Promise<typeof OpenId> | undefined;

/** openid-client is loaded with the first login through the provider: installations without OIDC never pay its memory. */
export function openIdLibrary(): Promise<typeof OpenId> {
  loading ??= import('openid-client').then((loaded) => (library = loaded));
  return loading;
}

/** The claims we read; ID token and UserInfo are merged, the ID token's `sub` is authoritative. */
export type RawClaims = Record<string, unknown> & { sub: string };

/**
 * The portal as a client of one OpenID provider. Discovery happens on first use, not at start-up,
 * so a provider outage never keeps the portal from starting; a successful discovery is kept for the
 * life of the process (openid-client refreshes the provider's keys on its own when they rotate),
 * a failed one is retried by the next login.
 */
export class OidcClient {
  private configuration: Promise<OpenId.Configuration> | undefined;

  constructor(
    private readonly settings: OidcSettings,
    private readonly redirectUri: string,
    /** Plain-http issuers exist only in development and tests; production insists on https. */
    private readonly allowHttp: boolean,
  ) {}

  private discover(): Promise<OpenId.Configuration> {
    this.configuration ??= discover(this.settings, this.allowHttp).catch((error: unknown) => {
      this.configuration = undefined;
      throw toAppError(error, 'discovery');
    });
    return this.configuration;
  }

  /** The canonical issuer identifier as the provider states it: what identities are stored under. */
  async issuer(): Promise<string> {
    return (await this.discover()).serverMetadata().issuer;
  }

  /** The provider's authorization URL for a fresh attempt, with PKCE S256, state and nonce. */
  async authorizationUrl(checks: LoginChecks): Promise<URL> {
    const configuration = await this.discover();
    const client = await openIdLibrary();
    const scopes = new Set(this.settings.scope.split(/\s+/).filter(Boolean));
    scopes.add('openid');
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: [...scopes].join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
  }

  /**
   * Redeems the code of an authorization response (the callback's query string) and returns the
   * person's claims. openid-client checks state, issuer, nonce, the ID token's signature and times.
   */
  async redeem(query: string, checks: LoginChecks): Promise<RawClaims> {
    const configuration = await this.discover();
    const client = await openIdLibrary();
    const currentUrl = new URL(`${this.redirectUri}${query ? `?${query}` : ''}`);
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      // Many providers (oidc-provider by default) put e-mail and name only into UserInfo for the code flow.
      const hasUserInfo = Boolean(configuration.serverMetadata().userinfo_endpoint) && Boolean(tokens.access_token);
      const userInfo = hasUserInfo ? await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub) : {};
      return { ...idToken, ...userInfo, sub: idToken.sub };
    } catch (error) {
      throw toAppError(error, 'code exchange');
    }
  }
}

async function discover(settings: OidcSettings, allowHttp: boolean): Promise<OpenId.Configuration> {
  const client = await openIdLibrary();
  const execute = allowHttp ? [client.allowInsecureRequests] : [];
  const discovered = await client.discovery(new URL(settings.issuer), settings.clientId, undefined, undefined, { execute, timeout: PROVIDER_TIMEOUT_SECONDS });
  const metadata = discovered.serverMetadata();
  // client_secret_basic is the standard's default; openid-client's own default is client_secret_post.
  // Follow what the provider announces, so gateways that support only one of them work too.
  const methods = metadata.token_endpoint_auth_methods_supported;
  const auth =
    !methods || methods.includes('client_secret_basic') ? client.ClientSecretBasic(settings.clientSecret) : client.ClientSecretPost(settings.clientSecret);
  const configuration = new client.Configuration(metadata, settings.clientId, { client_secret: settings.clientSecret }, auth);
  configuration.timeout = PROVIDER_TIMEOUT_SECONDS;
  if (allowHttp) client.allowInsecureRequests(configuration);
  return configuration;
}

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // fetch() rejects with a bare TypeError ("fetch failed"); openid-client's own TypeErrors carry a code.
  if (error instanceof TypeError && !('code' in error)) return true;
  return error.name === 'TimeoutError' || error.name === 'AbortError';
}

/** Sorts the provider's failures: unreachable (503), answered wrongly (502), or this login is invalid (400). */
function toAppError(error: unknown, step: string): AppError {
  if (error instanceof AppError) return error;
  if (isNetworkFailure(error)) return oidcErrors.unreachable(error);
  if (step === 'discovery' || !library) return oidcErrors.badGateway(error, `${step}: ${describe(error)}`);
  const client = library;
  if (error instanceof client.ResponseBodyError) {
    // invalid_grant: the code was used already, expired, or the PKCE verifier does not match.
    if (error.error === 'invalid_grant') return oidcErrors.rejectedResponse(error, `${step}: invalid_grant`);
    return oidcErrors.badGateway(error, `${step}: ${error.error}`);
  }
  if (error instanceof client.AuthorizationResponseError) return oidcErrors.providerRefused(error.error);
  if (error instanceof client.ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') return oidcErrors.badGateway(error, `${step}: ${describe(error)}`);
  return oidcErrors.rejectedResponse(error, `${step}: ${describe(error)}`);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = 'code' in error && typeof error.code === 'string' ? `${error.code} ` : '';
  return `${code}${error.message}`.slice(0, 200);
}
