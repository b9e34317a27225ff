import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { registerEntryForm } from '../entry/entry-routes';
import { openGremium } from './use-cases/open-gremium';
import { saveGremium } from './use-cases/save-gremium';
import { showGremien } from './use-cases/show-gremien';
import { GremiumFormPage } from './views/gremium-form';
import { GremiumListPage } from './views/gremium-list';

/** /verwaltung/rat/gremien: the list, the form to add one and the form of each. */
export function registerGremiumRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_ENTRY_PATHS.gremien, async (request, reply) => {
    const gremien = await showGremien(request.user, deps);
    return reply.page({ title: 'Gremien', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <GremiumListPage gremien={gremien} /> });
  });

  registerEntryForm(app, {
    newPath: STAFF_ENTRY_PATHS.newGremium,
    path: STAFF_ENTRY_PATHS.gremium,
    crumbs: [WORKSPACE_CRUMB, { href: STAFF_ENTRY_PATHS.gremien, label: 'Gremien' }],
    open: (actor, id) => openGremium(actor, { id }, deps),
    title: (gremium) => (gremium ? `${gremium.name ?? gremium.slug} bearbeiten` : 'Gremium hinzufügen'),
    render: (gremium, failed) => <GremiumFormPage gremium={gremium} values={failed?.values} errors={failed?.errors} />,
    save: (actor, input) => saveGremium(actor, input, deps),
    flash: 'Das Gremium ist gespeichert.',
    after: () => STAFF_ENTRY_PATHS.gremien,
  });
}
