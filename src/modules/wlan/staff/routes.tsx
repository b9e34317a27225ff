import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { WORKSPACE_CRUMB, type Crumb } from '../../../kernel/views';
import { STAFF_PATHS } from '../paths';
import { deleteOwnHotspot } from './use-cases/delete-own-hotspot';
import { openFeedSource } from './use-cases/open-feed-source';
import { openHotspotForm } from './use-cases/open-hotspot-form';
import { openImportRun } from './use-cases/open-import-run';
import { queueFeedImport } from './use-cases/queue-feed-import';
import { retireOwnHotspot } from './use-cases/retire-own-hotspot';
import { saveFeedSource } from './use-cases/save-feed-source';
import { saveOwnHotspot } from './use-cases/save-own-hotspot';
import { showFeedSources } from './use-cases/show-feed-sources';
import { showImportRuns } from './use-cases/show-import-runs';
import { showOwnHotspots } from './use-cases/show-own-hotspots';
import { toggleFeedSource } from './use-cases/toggle-feed-source';
import { HotspotFormPage } from './views/hotspot-form';
import { HotspotListPage } from './views/hotspot-list';
import { RunListPage, RunPage } from './views/run-pages';
import { SourceFormPage } from './views/source-form';
import { SourceListPage } from './views/source-list';

const HOTSPOT_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.hotspots, label: 'Eigene Hotspots' }];
const SOURCE_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.sources, label: 'Feed-Quellen' }];
const RUN_CRUMBS: Crumb[] = [WORKSPACE_CRUMB, { href: STAFF_PATHS.runs, label: 'Import-Protokoll' }];

type WithId = FastifyRequest<{ Params: { id: string } }>;
const formValues = (body: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** The staff sections of import/ and staff/: own hotspots, feed sources with "Jetzt importieren", the import log. */
export function registerStaffRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_PATHS.hotspots, async (request, reply) => {
    const page = await showOwnHotspots(request.user, deps);
    return reply.page({ title: 'Eigene Hotspots', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <HotspotListPage {...page} /> });
  });

  async function hotspotForm(request: FastifyRequest, reply: FastifyReply, id: string | undefined, failed?: { errors: FieldErrors; deleting?: boolean }) {
    const hotspot = await openHotspotForm(request.user, { id }, deps);
    const values = failed && !failed.deleting ? formValues(request.body) : undefined;
    return reply.page({
      title: hotspot ? `${hotspot.name} bearbeiten` : 'Hotspot hinzufügen',
      breadcrumbs: HOTSPOT_CRUMBS,
      workspace: true,
      hasErrors: failed !== undefined,
      body: (
        <HotspotFormPage
          hotspot={hotspot}
          values={values}
          errors={failed?.deleting ? undefined : failed?.errors}
          deleteErrors={failed?.deleting ? failed.errors : undefined}
        />
      ),
    });
  }

  async function saveHotspot(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveOwnHotspot(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return hotspotForm(request, reply, id, { errors: saved.errors });
    reply.flash('Der Hotspot ist gespeichert.');
    return reply.redirect(STAFF_PATHS.hotspots, 303);
  }

  app.get(STAFF_PATHS.newHotspot, (request, reply) => hotspotForm(request, reply, undefined));
  app.post(STAFF_PATHS.newHotspot, (request, reply) => saveHotspot(request, reply, undefined));
  app.get(STAFF_PATHS.hotspot(':id'), (request: WithId, reply) => hotspotForm(request, reply, request.params.id));
  app.post(STAFF_PATHS.hotspot(':id'), (request: WithId, reply) => saveHotspot(request, reply, request.params.id));

  app.post(STAFF_PATHS.retireHotspot(':id'), async (request: WithId, reply) => {
    const retired = await retireOwnHotspot(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(retired ? 'Der Hotspot ist außer Betrieb genommen.' : 'Der Hotspot ist wieder in Betrieb.');
    return reply.redirect(STAFF_PATHS.hotspot(request.params.id), 303);
  });

  app.post(STAFF_PATHS.deleteHotspot(':id'), async (request: WithId, reply) => {
    const deleted = await deleteOwnHotspot(request.user, { id: request.params.id, body: request.body, ip: request.ip }, deps);
    if (!deleted.ok) return hotspotForm(request, reply, request.params.id, { errors: deleted.errors, deleting: true });
    reply.flash(`Der Hotspot „${deleted.name}“ ist gelöscht.`);
    return reply.redirect(STAFF_PATHS.hotspots, 303);
  });

  app.get(STAFF_PATHS.sources, async (request, reply) => {
    const rows = await showFeedSources(request.user, deps);
    return reply.page({ title: 'Feed-Quellen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <SourceListPage rows={rows} /> });
  });

  async function sourceForm(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const page = await openFeedSource(request.user, { id }, deps);
    return reply.page({
      title: page ? page.source.name : 'Feed-Quelle hinzufügen',
      breadcrumbs: SOURCE_CRUMBS,
      workspace: true,
      hasErrors: errors !== undefined,
      body: <SourceFormPage source={page?.source} runs={page?.runs} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  async function saveSource(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveFeedSource(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return sourceForm(request, reply, id, saved.errors);
    reply.flash('Die Feed-Quelle ist gespeichert.');
    return reply.redirect(STAFF_PATHS.source(saved.id), 303);
  }

  app.get(STAFF_PATHS.newSource, (request, reply) => sourceForm(request, reply, undefined));
  app.post(STAFF_PATHS.newSource, (request, reply) => saveSource(request, reply, undefined));
  app.get(STAFF_PATHS.source(':id'), (request: WithId, reply) => sourceForm(request, reply, request.params.id));
  app.post(STAFF_PATHS.source(':id'), (request: WithId, reply) => saveSource(request, reply, request.params.id));

  app.post(STAFF_PATHS.toggleSource(':id'), async (request: WithId, reply) => {
    const enabled = await toggleFeedSource(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash(enabled ? 'Der Zeitplan ist eingeschaltet.' : 'Der Zeitplan ist ausgeschaltet; die Quelle wird nur noch von Hand importiert.');
    return reply.redirect(STAFF_PATHS.source(request.params.id), 303);
  });

  app.post(STAFF_PATHS.importSource(':id'), async (request: WithId, reply) => {
    await queueFeedImport(request.user, { id: request.params.id, ip: request.ip }, deps);
    reply.flash('Der Import ist angestoßen. Er beginnt in wenigen Augenblicken; das Ergebnis erscheint unter „Letzte Importe“.');
    return reply.redirect(STAFF_PATHS.source(request.params.id), 303);
  });

  app.get(STAFF_PATHS.runs, async (request, reply) => {
    const runs = await showImportRuns(request.user, deps);
    return reply.page({ title: 'Import-Protokoll', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <RunListPage runs={runs} /> });
  });

  app.get(STAFF_PATHS.run(':id'), async (request: WithId, reply) => {
    const row = await openImportRun(request.user, { id: request.params.id }, deps);
    return reply.page({ title: 'Import', breadcrumbs: RUN_CRUMBS, workspace: true, body: <RunPage {...row} /> });
  });
}
