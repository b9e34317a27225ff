import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import { registerEntryForm } from '../entry/entry-routes';
import { formValues } from '../entry/form-values';
import { openPerson, showPersons } from './use-cases/open-person';
import { openMembership, saveMembership } from './use-cases/save-membership';
import { savePerson } from './use-cases/save-person';
import { MembershipFormPage } from './views/membership-form';
import { PersonFormPage } from './views/person-form';
import { PersonListPage } from './views/person-list';

type WithId = FastifyRequest<{ Params: { id: string } }>;
type WithMembership = FastifyRequest<{ Params: { id: string; membershipId: string } }>;
const PERSON_CRUMBS = [WORKSPACE_CRUMB, { href: STAFF_ENTRY_PATHS.persons, label: 'Personen' }];

/** /verwaltung/rat/personen: the list, the person forms and their memberships. */
export function registerPersonRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(STAFF_ENTRY_PATHS.persons, async (request, reply) => {
    const persons = await showPersons(request.user, deps);
    return reply.page({ title: 'Personen', breadcrumbs: [WORKSPACE_CRUMB], workspace: true, body: <PersonListPage persons={persons} /> });
  });

  registerEntryForm(app, {
    newPath: STAFF_ENTRY_PATHS.newPerson,
    path: STAFF_ENTRY_PATHS.person,
    crumbs: PERSON_CRUMBS,
    open: (actor, id) => openPerson(actor, { id }, deps),
    title: (page) => (page ? `${page.person.name ?? ''} bearbeiten` : 'Person hinzufügen'),
    render: (page, failed) => <PersonFormPage page={page} values={failed?.values} errors={failed?.errors} />,
    save: (actor, input) => savePerson(actor, input, deps),
    flash: 'Die Person ist gespeichert.',
    after: STAFF_ENTRY_PATHS.person,
  });

  async function membershipForm(request: FastifyRequest, reply: FastifyReply, personId: string, id: string | undefined, errors?: FieldErrors) {
    const page = await openMembership(request.user, { personId, id }, deps);
    return reply.page({
      title: page.membership ? 'Mitgliedschaft bearbeiten' : 'Mitgliedschaft hinzufügen',
      breadcrumbs: [...PERSON_CRUMBS, { href: STAFF_ENTRY_PATHS.person(personId), label: page.person.name ?? '' }],
      workspace: true,
      hasErrors: errors !== undefined,
      body: <MembershipFormPage {...page} values={errors ? formValues(request.body) : undefined} errors={errors} />,
    });
  }

  async function saveOne(request: FastifyRequest, reply: FastifyReply, personId: string, id: string | undefined) {
    const saved = await saveMembership(request.user, { personId, id, body: request.body, ip: request.ip }, deps);
    if (!saved.ok) return membershipForm(request, reply, personId, id, saved.errors);
    reply.flash('Die Mitgliedschaft ist gespeichert.');
    return reply.redirect(STAFF_ENTRY_PATHS.person(personId), 303);
  }

  app.get(STAFF_ENTRY_PATHS.newMembership(':id'), (request: WithId, reply) => membershipForm(request, reply, request.params.id, undefined));
  app.post(STAFF_ENTRY_PATHS.newMembership(':id'), (request: WithId, reply) => saveOne(request, reply, request.params.id, undefined));
  app.get(STAFF_ENTRY_PATHS.membership(':id', ':membershipId'), (request: WithMembership, reply) =>
    membershipForm(request, reply, request.params.id, request.params.membershipId),
  );
  app.post(STAFF_ENTRY_PATHS.membership(':id', ':membershipId'), (request: WithMembership, reply) =>
    saveOne(request, reply, request.params.id, request.params.membershipId),
  );
}
