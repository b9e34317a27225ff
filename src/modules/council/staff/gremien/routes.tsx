import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { formValues } from '../shared/form-values';
import { openGremium } from './use-cases/open-gremium';
import { saveGremium } from './use-cases/save-gremium';
import { showGremien } from './use-cases/show-gremien';
import { GremiumFormPage } from './views/gremium-form';
import { GremiumListPage } from './views/gremium-list';

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** /verwaltung/rat/gremien: the list, the form to add one and the form of each. */
export function registerGremiumRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_ENTRY_PATHS.gremien, async (request, reply) => {
    const gremien = await showGremien(request.user, deps);
    return reply.page({ title: 'Gremien', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <GremiumListPage gremien={gremien} /> });
  });

  async function form(request: FastifyRequest, reply: FastifyReply, id: string | undefined, errors?: FieldErrors) {
    const gremium = await openGremium(request.user, { id }, deps);
    return reply.page({
      title: gremium ? `${gremium.name ?? gremium.slug} bearbeiten` : 'Gremium hinzufügen',
      breadcrumbs: [WORKSPACE_CRUMB, { href: STAFF_ENTRY_PATHS.gremien, label: 'Gremien' }],
      workspace: true,
      hasErrors: errors !== undefined,
      body: <GremiumFormPage gremium={gremium} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  async function save(request: FastifyRequest, reply: FastifyReply, id: string | undefined) {
    const saved = await saveGremium(request.user, { id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return form(request, reply, id, saved.errors);
    reply.flash('Das Gremium ist gespeichert.');
    return reply.redirect(STAFF_ENTRY_PATHS.gremien, 303);
  }

  app.get(STAFF_ENTRY_PATHS.newGremium, (request, reply) => form(request, reply, undefined));
  app.post(STAFF_ENTRY_PATHS.newGremium, (request, reply) => save(request, reply, undefined));
  app.get(STAFF_ENTRY_PATHS.gremium(':id'), (request: WithId, reply) => form(request, reply, request.params.id));
  app.post(STAFF_ENTRY_PATHS.gremium(':id'), (request: WithId, reply) => save(request, reply, request.params.id));
}
