import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { Config } from '../config';
import { tileOrigins } from '../config/map';

/** Origins of configured sign-language videos hosted elsewhere (the only third-party content allowed). */
function mediaOrigins(config: Config): string[] {
  return config.municipality.signLanguageVideos
    .map((video) => (/^https:\/\//.test(video.src) ? new URL(video.src).origin : undefined))
    .filter((origin): origin is string => Boolean(origin));
}

/**
 * Strict CSP: no inline script or style, nothing from other origins, no framing; forms post to the
 * portal only, and redirect on only to the origins modules declare (`formActionOrigins`). Helmet's middleware
 * is built once: the Fastify plugin built it anew for every request, parsing the CSP directives each
 * time (3 % of the CPU of a cached page, measured with npm run profile).
 */
export function registerSecurityHeaders(app: FastifyInstance, config: Config, formActionOrigins: readonly string[] = []): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...tileOrigins(config.municipality.map)],
        fontSrc: ["'self'"],
        mediaSrc: ["'self'", ...mediaOrigins(config)],
        connectSrc: ["'self'"],
        formAction: ["'self'", ...formActionOrigins],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: config.baseUrl.startsWith('https://') ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
}
