import type { FastifyInstance } from 'fastify';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { readColumnTypes } from './column-types-form';
import { datastoreStatusJson } from './datastore-presenters';
import { ipOf, type WithResource } from './page-support';
import { PUBLISHING_PATHS } from './paths';
import { submittedValues } from './presenters';
import { renderEdit } from './resource-routes';
import { changeColumnTypes } from './use-cases/change-column-types';
import { showResource } from './use-cases/show-resource';

/** A distribution's DataStore table in the back office: its columns' types (a form on the resource's page) and its state as JSON for the page's script. */
export function datastoreRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.post<WithResource>(PUBLISHING_PATHS.datastoreColumns(':id', ':resourceId'), async (request, reply) => {
    const { datastore } = await showResource(request.user, request.params, deps);
    if (!datastore) throw errors.notFound('Die Tabelle im DataStore');
    const parsed = readColumnTypes(request.body, datastore.fields);
    const columnForm = { values: submittedValues(request.body) };
    if (!parsed.ok) return renderEdit(request, reply, deps, {}, { ...columnForm, errors: parsed.errors });
    const resourcePage = PUBLISHING_PATHS.resource(request.params.id, request.params.resourceId);
    if (Object.keys(parsed.types).length === 0) {
      reply.flash('Sie haben keinen Typ geändert. Die Tabelle bleibt, wie sie ist.');
      return reply.redirect(resourcePage, 303);
    }
    const outcome = await changeColumnTypes(request.user, { ...request.params, types: parsed.types, ...ipOf(request) }, deps);
    // The form checked ids and types against the table; what the use case still refuses changed meanwhile.
    if (!outcome.ok) return renderEdit(request, reply, deps, {}, { ...columnForm, errors: { form: Object.values(outcome.errors).join(' ') } });
    reply.flash('Die Spaltentypen sind gespeichert. Die Datei wird mit ihnen neu geladen.');
    return reply.redirect(resourcePage, 303);
  });

  app.get<WithResource>(PUBLISHING_PATHS.datastoreStatus(':id', ':resourceId'), async (request, reply) => {
    const { datastore } = await showResource(request.user, request.params, deps);
    return reply.header('cache-control', 'no-store').send(datastoreStatusJson(datastore));
  });
}
