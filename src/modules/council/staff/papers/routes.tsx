import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { registerEntryForm } from '../entry/entry-routes';
import { formValues, listOf } from '../entry/form-values';
import { addConsultation, openConsultation } from './use-cases/add-consultation';
import { openPaper, showPapers } from './use-cases/open-paper';
import { savePaper } from './use-cases/save-paper';
import { ConsultationFormPage } from './views/consultation-form';
import { PaperFormPage } from './views/paper-form';
import { PaperListView } from './views/paper-list';

type WithId = FastifyRequest<{ Params: { id: string } }>;
const PAPER_CRUMBS = [WORKSPACE_CRUMB, { href: STAFF_ENTRY_PATHS.papers, label: 'Vorlagen' }];

/** /verwaltung/rat/vorlagen: the list with its filter, the paper forms, new consultations. */
export function registerPaperRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_ENTRY_PATHS.papers, async (request, reply) => {
    const page = await showPapers(request.user, { query: request.query }, deps);
    return reply.page({ title: 'Vorlagen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <PaperListView {...page} /> });
  });

  registerEntryForm(app, {
    newPath: STAFF_ENTRY_PATHS.newPaper,
    path: STAFF_ENTRY_PATHS.paper,
    crumbs: PAPER_CRUMBS,
    open: (actor, id) => openPaper(actor, { id }, deps),
    title: (page) => (page.paper ? `${page.paper.reference ?? ''} ${page.paper.name ?? ''}`.trim() : 'Vorlage hinzufügen'),
    render: (page, failed) => {
      const checked = failed && { organizations: listOf(failed.body, 'originatorOrganizationIds'), persons: listOf(failed.body, 'originatorPersonIds') };
      return <PaperFormPage {...page} values={failed?.values} checked={checked} errors={failed?.errors} />;
    },
    save: (actor, input) => savePaper(actor, input, deps),
    flash: 'Die Vorlage ist gespeichert.',
    after: STAFF_ENTRY_PATHS.paper,
  });

  async function consultationForm(request: WithId, reply: FastifyReply, errors?: FieldErrors) {
    const page = await openConsultation(request.user, { paperId: request.params.id }, deps);
    return reply.page({
      title: 'Beratung hinzufügen',
      breadcrumbs: [...PAPER_CRUMBS, { href: STAFF_ENTRY_PATHS.paper(page.paper.id), label: page.paper.reference ?? 'Vorlage' }],
      workspace: true,
      hasErrors: errors !== undefined,
      body: <ConsultationFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  app.get(STAFF_ENTRY_PATHS.newConsultation(':id'), (request: WithId, reply) => consultationForm(request, reply));
  app.post(STAFF_ENTRY_PATHS.newConsultation(':id'), async (request: WithId, reply) => {
    const saved = await addConsultation(request.user, { paperId: request.params.id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return consultationForm(request, reply, saved.errors);
    reply.flash('Die Beratung ist gespeichert.');
    return reply.redirect(STAFF_ENTRY_PATHS.paper(request.params.id), 303);
  });
}
