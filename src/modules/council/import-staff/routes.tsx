import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { formatDateTime, WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { IMPORT_PATHS } from '../paths';
import { queueCouncilImport } from './use-cases/queue-council-import';
import { saveImportSource } from './use-cases/save-import-source';
import { openImportRun, openImportSource, showImportRuns, showImportSources } from './use-cases/show-import-pages';
import { toggleImportSchedule } from './use-cases/toggle-import-schedule';
import { RunListPage, RunPage } from './views/run-pages';
import { SourceFormPage, SourceListPage } from './views/source-pages';

const SOURCE_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: IMPORT_PATHS.sources, label: 'Import-Quellen' }];
const RUN_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: IMPORT_PATHS.runs, label: 'Import-Berichte' }];

type WithId = FastifyRequest<{ Params: { id: string } }>;
const formValues = (body: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** "Import-Quellen" (with "Jetzt importieren" and the schedule) and "Import-Berichte" in /verwaltung. */
export function registerImportStaffRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db'>): void {
  app.get(IMPORT_PATHS.sources, async (request, reply) => {
    const rows = await showImportSources(request.user, deps);
    return reply.page({ title: 'Import-Quellen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <SourceListPage rows={rows} /> });
  });

  async function sourceForm(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const page = await openImportSource(request.user, { id }, deps);
    return reply.page({
      title: page ? page.source.name : 'Import-Quelle hinzufügen',
      breadcrumbs: SOURCE_CRUMBS,
      workspace: true,
      hasErrors: errors !== undefined,
      body: <SourceFormPage source={page?.source} runs={page?.runs} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  async function saveSource(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveImportSource(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return sourceForm(request, reply, id, saved.errors);
    reply.flash('Die Import-Quelle ist gespeichert.');
    return reply.redirect(IMPORT_PATHS.source(saved.id), 303);
  }

  app.get(IMPORT_PATHS.newSource, (request, reply) => sourceForm(request, reply, undefined));
  app.post(IMPORT_PATHS.newSource, (request, reply) => saveSource(request, reply, undefined));
  app.get(IMPORT_PATHS.source(':id'), (request: WithId, reply) => sourceForm(request, reply, request.params.id));
  app.post(IMPORT_PATHS.source(':id'), (request: WithId, reply) => saveSource(request, reply, request.params.id));

  app.post(IMPORT_PATHS.toggleSource(':id'), async (request: WithId, reply) => {
    const enabled = await toggleImportSchedule(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(enabled ? 'Der Zeitplan ist eingeschaltet.' : 'Der Zeitplan ist ausgeschaltet; die Quelle wird nur noch von Hand importiert.');
    return reply.redirect(IMPORT_PATHS.source(request.params.id), 303);
  });

  app.post(IMPORT_PATHS.importSource(':id'), async (request: WithId, reply) => {
    const outcome = await queueCouncilImport(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(
      outcome.queued
        ? 'Der Import ist angestoßen. Er beginnt in wenigen Augenblicken; das Ergebnis erscheint unter „Letzte Importe“.'
        : `Für diese Quelle läuft bereits ein Import (seit ${formatDateTime(outcome.runningSince)}). Es wurde kein weiterer angestoßen.`,
    );
    return reply.redirect(IMPORT_PATHS.source(request.params.id), 303);
  });

  app.get(IMPORT_PATHS.runs, async (request, reply) => {
    const runs = await showImportRuns(request.user, deps);
    return reply.page({ title: 'Import-Berichte', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <RunListPage runs={runs} /> });
  });

  app.get(IMPORT_PATHS.run(':id'), async (request: WithId, reply) => {
    const row = await openImportRun(request.user, { id: request.params.id }, deps);
    return reply.page({ title: 'Import-Bericht', breadcrumbs: RUN_CRUMBS, workspace: true, body: <RunPage {...row} /> });
  });
}
