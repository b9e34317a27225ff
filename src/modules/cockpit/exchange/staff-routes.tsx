import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readMultipartForm, rejectionMessage, uploadBytes } from '../../../kernel/files';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';
import { FEED_LIMITS } from './import/read-feed';
import { importPartnerFeedFromFile, importPartnerFeedFromUrl, type ImportOutcome } from './use-cases/import-partner-feed';
import { refreshPartnerFeed } from './use-cases/refresh-partner-feed';
import { removePartnerFeed } from './use-cases/remove-partner-feed';
import { requireCoordinator } from './use-cases/access';
import { showComparison } from './use-cases/show-comparison';
import { ComparisonPage } from './views/comparison-page';

type WithId = FastifyRequest<{ Params: { id: string } }>;
const UPLOAD_LIMITS = { maxFileBytes: FEED_LIMITS.maxBytes, maxFiles: 1 };

/** The coordinator's comparison with other towns: the page, adding by URL or file, reading again, removing. */
export function comparisonRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  async function page(request: FastifyRequest, reply: FastifyReply, failed?: Extract<ImportOutcome, { ok: false }> & { url?: string }) {
    const comparison = await showComparison(request.user, deps);
    if (failed) reply.code(400);
    return reply.page({
      title: 'Vergleich mit anderen Städten',
      breadcrumbs: [WORKSPACE_CRUMB],
      workspace: true,
      hasErrors: failed !== undefined,
      body: <ComparisonPage {...comparison} errors={failed?.errors} problems={failed?.problems} url={failed?.url} />,
    });
  }

  function added(reply: FastifyReply, townName: string) {
    reply.flash(`Der Feed von ${townName} ist gelesen; die Stadt steht im Vergleich.`);
    return reply.redirect(STAFF_PATHS.comparison, 303);
  }

  app.get(STAFF_PATHS.comparison, (request, reply) => page(request, reply));

  app.post(STAFF_PATHS.comparison, async (request, reply) => {
    const outcome = await importPartnerFeedFromUrl(request.user, { body: request.body, ip: request.ip }, deps);
    if (!outcome.ok) {
      const url = (request.body as Record<string, unknown> | undefined)?.url;
      return page(request, reply, { ...outcome, url: typeof url === 'string' ? url : undefined });
    }
    return added(reply, outcome.townName);
  });

  app.post(STAFF_PATHS.comparisonUpload, { config: { uploadLimits: UPLOAD_LIMITS } }, async (request, reply) => {
    requireCoordinator(request.user); // before the file is read: nobody else's upload reaches the file store
    const form = await readMultipartForm(request);
    const uploaded = form.files.find((file) => file.fieldName === 'file');
    const rejected = form.rejected[0];
    const outcome = await importPartnerFeedFromFile(
      request.user,
      { bytes: uploaded ? await uploadBytes(request, uploaded) : undefined, rejection: rejected ? rejectionMessage(rejected) : undefined, ip: request.ip },
      deps,
    );
    return outcome.ok ? added(reply, outcome.townName) : page(request, reply, outcome);
  });

  app.post(STAFF_PATHS.refreshPartnerFeed(':id'), async (request: WithId, reply) => {
    const result = await refreshPartnerFeed(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(result.ok ? `Der Feed von ${result.townName} ist neu gelesen.` : `Der Feed von ${result.townName} ließ sich nicht lesen: ${result.message}`);
    return reply.redirect(STAFF_PATHS.comparison, 303);
  });

  app.post(STAFF_PATHS.removePartnerFeed(':id'), async (request: WithId, reply) => {
    const townName = await removePartnerFeed(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(`${townName} ist aus dem Vergleich entfernt.`);
    return reply.redirect(STAFF_PATHS.comparison, 303);
  });
}
