import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { HARVEST_PATHS } from './paths';
import { listHarvestSources } from './use-cases/list-harvest-sources';
import { openHarvestRun } from './use-cases/open-harvest-run';
import { openHarvestSource } from './use-cases/open-harvest-source';
import { openSourceForm } from './use-cases/open-source-form';
import { queueHarvest } from './use-cases/queue-harvest';
import { saveHarvestSource } from './use-cases/save-harvest-source';
import { RunLogPage } from './views/run-log';
import { SourceFormPage } from './views/source-form';
import { SourcePage } from './views/source-page';
import { SourcesListPage } from './views/sources-list';

const LIST_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: HARVEST_PATHS.sources, label: 'Ernte (Harvesting)' }];

const params = (request: FastifyRequest) => request.params as { id: string; runId: string };

/** The back office of harvesting: sources of the person's organisations, their runs and logs, "Jetzt ernten". */
export function harvestRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db'>): void {
  app.get(HARVEST_PATHS.sources, async (request, reply) => {
    const { rows, mayAdd } = await listHarvestSources(request.user, {}, deps);
    return reply.page({ title: 'Ernte (Harvesting)', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <SourcesListPage rows={rows} mayAdd={mayAdd} /> });
  });

  app.get(HARVEST_PATHS.source(':id'), async (request, reply) => {
    const page = await openHarvestSource(request.user, { id: params(request).id }, deps);
    return reply.page({ title: page.source.title, breadcrumbs: LIST_CRUMBS, workspace: true, body: <SourcePage {...page} /> });
  });

  app.get(HARVEST_PATHS.run(':id', ':runId'), async (request, reply) => {
    const { id, runId } = params(request);
    const page = await openHarvestRun(request.user, { sourceId: id, runId }, deps);
    const crumbs = [...LIST_CRUMBS, { href: HARVEST_PATHS.source(page.source.id), label: page.source.title }];
    return reply.page({ title: `Ernte von ${page.source.title}`, breadcrumbs: crumbs, workspace: true, body: <RunLogPage {...page} /> });
  });

  app.post(HARVEST_PATHS.harvestNow(':id'), async (request, reply) => {
    const { id } = params(request);
    await queueHarvest(request.user, { id, ip: request.ip }, deps);
    reply.flash('Die Ernte ist angestoßen. Sie beginnt in wenigen Minuten; das Ergebnis erscheint unter „Letzte Läufe“.');
    return reply.redirect(HARVEST_PATHS.source(id), 303);
  });

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string | undefined,
    failed?: { values: Record<string, unknown>; errors: Record<string, string> },
  ) {
    const { source, organizations } = await openSourceForm(request.user, { id }, deps);
    return reply.page({
      title: source ? `${source.title} bearbeiten` : 'Erntequelle hinzufügen',
      breadcrumbs: LIST_CRUMBS,
      workspace: true,
      hasErrors: failed !== undefined,
      body: <SourceFormPage source={source} organizations={organizations} values={failed?.values} errors={failed?.errors} />,
    });
  }

  async function save(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveHarvestSource(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return showForm(request, reply, id, { values: (request.body ?? {}) as Record<string, unknown>, errors: saved.errors });
    reply.flash('Die Erntequelle ist gespeichert.');
    return reply.redirect(HARVEST_PATHS.source(saved.id), 303);
  }

  app.get(HARVEST_PATHS.newSource, (request, reply) => showForm(request, reply, undefined));
  app.post(HARVEST_PATHS.newSource, (request, reply) => save(request, reply, undefined));
  app.get(HARVEST_PATHS.editSource(':id'), (request, reply) => showForm(request, reply, params(request).id));
  app.post(HARVEST_PATHS.editSource(':id'), (request, reply) => save(request, reply, params(request).id));
}
