import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { registerUploads } from './kernel/files';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { registerAssets } from './kernel/http/assets';
import { installErrorHandling } from './kernel/http/error-handler';
import { registerInputGuard } from './kernel/http/input-guard';
import { createLifecycle } from './kernel/http/lifecycle';
import { registerQueryTrace } from './kernel/http/query-trace';
import { requestContextPlugin } from './kernel/http/request-context';
import { registerSecurityHeaders } from './kernel/http/security';
import { registerMetrics } from './kernel/metrics';
import type { ModuleDeps } from './kernel/module';

/** Form and JSON bodies above this are refused with 413 before they reach a handler. */
const BODY_LIMIT = 256 * 1024;

/**
 * The composition root of the HTTP side: middleware in an explicit order, then every module's
 * routes, then 404 and error handling. Tests build the same app with their own database.
 */
export async function createApp(deps: ModuleDeps): Promise<FastifyInstance> {
  const { config, database, modules } = deps;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    // One line per request instead of Fastify's two ("incoming request", "request completed"):
    // logging is a measurable share of a cached page's CPU (docs/performance.md).
    logController: new LogController({ disableRequestLogging: true }),
    // Closing waits for in-flight requests; idle keep-alive sockets are closed at once.
    forceCloseConnections: 'idle',
  });

  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });
  // Before every route, so its request histogram sees them all (kernel/metrics; 404 without METRICS_TOKEN).
  registerMetrics(app, deps);
  if (config.traceQueries) registerQueryTrace(app);
  await app.register(cookie, { secret: config.secret });
  await app.register(formbody);
  // Streaming parser without a ceiling of its own: readMultipartForm (kernel/files) enforces each
  // route's `config.uploadLimits` (default UPLOAD_MAX_BYTES/UPLOAD_MAX_FILES) while files stream to the store.
  await app.register(multipart, { limits: { fileSize: Number.MAX_SAFE_INTEGER } });
  registerUploads(app, { store: deps.files, defaults: { maxFileBytes: config.uploads.maxBytes, maxFiles: config.uploads.maxFiles } });
  registerSecurityHeaders(
    app,
    config,
    deps.modules.flatMap((module) => module.formActionOrigins?.(config) ?? []),
  );
  await registerAssets(app, config);
  await app.register(requestContextPlugin, {
    db: database.db,
    changes: database.changes,
    secret: config.secret,
    municipality: config.municipality,
    navigation: deps.navigation,
    uploads: { maxFileBytes: config.uploads.maxBytes, maxFiles: config.uploads.maxFiles },
    staffSections: modules.flatMap((module) => module.staffSections ?? []),
    accountPaths: modules.find((module) => module.accountPaths)?.accountPaths,
    footerLinks: modules.flatMap((module) => module.footerLinks ?? []),
    searchPage: modules.find((module) => module.searchPage)?.searchPage,
  });
  installErrorHandling(app);
  registerInputGuard(app);

  app.decorate('lifecycle', createLifecycle());
  app.get('/healthz', async (_request, reply) => {
    // Draining after SIGTERM: the load balancer takes this instance out while it still serves.
    if (app.lifecycle.draining) return reply.code(503).header('cache-control', 'no-store').send({ status: 'draining' });
    const healthy = await database.ping(2000);
    return reply
      .code(healthy ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: healthy ? 'ok' : 'unavailable' });
  });

  for (const module of modules) await module.routes?.(app, deps);
  return app;
}
