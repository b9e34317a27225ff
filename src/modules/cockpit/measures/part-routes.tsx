import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { z } from 'zod';
import type { Actor } from '../../../kernel/auth';
import { parseForm, type FieldErrors, type Outcome } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { STAFF_PATHS } from '../paths';
import type { Measure } from '../tables';
import { MEASURES_CRUMBS, sentValues } from './route-support';
import { linkFormSchema, linkSearchQuerySchema, milestoneFormSchema, riskFormSchema } from './schemas';
import { completeMilestone } from './use-cases/complete-milestone';
import { deleteMilestone } from './use-cases/delete-milestone';
import { addLink, removeLink, searchLinkTargets } from './use-cases/manage-links';
import { measureToChange } from './use-cases/open-measure-form';
import { milestoneToEdit, saveMilestone } from './use-cases/save-milestone';
import { deleteRisk, riskToEdit, saveRisk } from './use-cases/save-risk';
import { LinkPage } from './views/link-page';
import { MilestoneFormPage, milestoneFormValues, RiskFormPage, riskFormValues } from './views/part-forms';

type IdParams = { Params: { id: string } };
type PartParams = { Params: { id: string; part: string } };
type Context = ModuleDeps & { ip: string };

/** A part of a measure with a form of its own (milestones, risks): add, change and delete, back to the measure after each. */
interface PartForms<Part, S extends z.ZodType> {
  addPath: (id: string) => string;
  editPath: (id: string, partId: string) => string;
  deletePath: (id: string, partId: string) => string;
  load: (actor: Actor, id: string, partId: string, deps: ModuleDeps) => Promise<{ measure: Measure; part: Part }>;
  schema: S;
  save: (actor: Actor, id: string, partId: string | undefined, form: z.output<S>, context: Context) => Promise<Outcome>;
  remove: (actor: Actor, id: string, partId: string, context: Context) => Promise<void>;
  formValues: (part: Part) => Record<string, string>;
  page: (props: { measure: Measure; part: Part | undefined; values: Record<string, string>; errors?: FieldErrors | undefined }) => ComponentChildren;
  titles: { add: string; edit: string };
  /** The flash messages after adding, changing and deleting. */
  done: { added: string; changed: string; deleted: string };
}

function registerPartForms<Part extends { id: string }, S extends z.ZodType>(app: FastifyInstance, deps: ModuleDeps, forms: PartForms<Part, S>): void {
  const context = (request: FastifyRequest): Context => ({ ...deps, ip: request.ip });
  const show = (reply: FastifyReply, measure: Measure, part: Part | undefined, values: Record<string, string>, errors?: FieldErrors) =>
    reply.page({
      title: part ? forms.titles.edit : forms.titles.add,
      breadcrumbs: MEASURES_CRUMBS,
      body: forms.page({ measure, part, values, errors }),
      hasErrors: errors !== undefined,
      workspace: true,
    });
  const backTo = (reply: FastifyReply, id: string, message: string) => {
    reply.flash(message);
    return reply.redirect(STAFF_PATHS.measure(id), 303);
  };
  /** Parses and saves; the form again with 400 when the input or the use case refuses. */
  const submit = async (request: FastifyRequest, reply: FastifyReply, measure: Measure, part: Part | undefined) => {
    const parsed = parseForm(forms.schema, request.body);
    const outcome = parsed.ok ? await forms.save(request.user, measure.id, part?.id, parsed.data, context(request)) : parsed;
    if (!outcome.ok) return show(reply, measure, part, sentValues(request.body), outcome.errors);
    return backTo(reply, measure.id, part ? forms.done.changed : forms.done.added);
  };

  app.get<IdParams>(forms.addPath(':id'), async (request, reply) => show(reply, await measureToChange(request.user, request.params.id, deps), undefined, {}));
  app.post<IdParams>(forms.addPath(':id'), async (request, reply) =>
    submit(request, reply, await measureToChange(request.user, request.params.id, deps), undefined),
  );
  app.get<PartParams>(forms.editPath(':id', ':part'), async (request, reply) => {
    const { measure, part } = await forms.load(request.user, request.params.id, request.params.part, deps);
    return show(reply, measure, part, forms.formValues(part));
  });
  app.post<PartParams>(forms.editPath(':id', ':part'), async (request, reply) => {
    const { measure, part } = await forms.load(request.user, request.params.id, request.params.part, deps);
    return submit(request, reply, measure, part);
  });
  app.post<PartParams>(forms.deletePath(':id', ':part'), async (request, reply) => {
    await forms.remove(request.user, request.params.id, request.params.part, context(request));
    return backTo(reply, request.params.id, forms.done.deleted);
  });
}

/** A measure's milestones, risks and links: each its own small form, back to the measure after saving. */
export function measurePartRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  registerPartForms(app, deps, {
    addPath: STAFF_PATHS.milestones,
    editPath: STAFF_PATHS.milestone,
    deletePath: STAFF_PATHS.deleteMilestone,
    load: async (actor, id, partId) => {
      const { measure, milestone } = await milestoneToEdit(actor, id, partId, deps);
      return { measure, part: milestone };
    },
    schema: milestoneFormSchema,
    save: saveMilestone,
    remove: deleteMilestone,
    formValues: milestoneFormValues,
    page: (props) => <MilestoneFormPage {...props} />,
    titles: { add: 'Meilenstein hinzufügen', edit: 'Meilenstein ändern' },
    done: { added: 'Der Meilenstein ist hinzugefügt.', changed: 'Der Meilenstein ist geändert.', deleted: 'Der Meilenstein ist entfernt.' },
  });
  app.post<PartParams>(STAFF_PATHS.milestoneDone(':id', ':part'), async (request, reply) => {
    await completeMilestone(request.user, request.params.id, request.params.part, { ...deps, ip: request.ip });
    reply.flash('Der Meilenstein ist als erreicht eingetragen.');
    return reply.redirect(STAFF_PATHS.measure(request.params.id), 303);
  });

  registerPartForms(app, deps, {
    addPath: STAFF_PATHS.risks,
    editPath: STAFF_PATHS.risk,
    deletePath: STAFF_PATHS.deleteRisk,
    load: async (actor, id, partId) => {
      const { measure, risk } = await riskToEdit(actor, id, partId, deps);
      return { measure, part: risk };
    },
    schema: riskFormSchema,
    save: saveRisk,
    remove: deleteRisk,
    formValues: riskFormValues,
    page: (props) => <RiskFormPage {...props} />,
    titles: { add: 'Risiko hinzufügen', edit: 'Risiko ändern' },
    done: { added: 'Das Risiko ist hinzugefügt.', changed: 'Das Risiko ist geändert.', deleted: 'Das Risiko ist entfernt.' },
  });

  linkRoutes(app, deps);
}

/** Linking: a GET search per kind, then a POST with the chosen hit; removing by a POST from the measure's page. */
function linkRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const page = (reply: FastifyReply, body: ComponentChildren, title: string, hasErrors: boolean) =>
    reply.page({ title, breadcrumbs: MEASURES_CRUMBS, body, hasErrors, workspace: true });
  app.get<IdParams>(STAFF_PATHS.links(':id'), async (request, reply) => {
    const search = await searchLinkTargets(request.user, request.params.id, linkSearchQuerySchema.parse(request.query ?? {}), deps);
    return page(reply, <LinkPage search={search} />, `Verknüpfen: ${search.measure.title}`, false);
  });
  app.post<IdParams>(STAFF_PATHS.links(':id'), async (request, reply) => {
    const parsed = parseForm(linkFormSchema, request.body);
    const outcome = parsed.ok ? await addLink(request.user, request.params.id, parsed.data, { ...deps, ip: request.ip }) : parsed;
    if (!outcome.ok) {
      const search = await searchLinkTargets(request.user, request.params.id, { q: '' }, deps);
      return page(reply, <LinkPage search={search} errors={outcome.errors} />, `Verknüpfen: ${search.measure.title}`, true);
    }
    reply.flash(`„${outcome.title}“ ist verknüpft.`);
    return reply.redirect(STAFF_PATHS.measure(request.params.id), 303);
  });
  app.post<IdParams>(STAFF_PATHS.removeLink(':id'), async (request, reply) => {
    const parsed = parseForm(linkFormSchema, request.body);
    if (parsed.ok) {
      await removeLink(request.user, request.params.id, parsed.data, { ...deps, ip: request.ip });
    } else {
      await measureToChange(request.user, request.params.id, deps);
    }
    reply.flash(parsed.ok ? 'Die Verknüpfung ist entfernt.' : 'Nichts entfernt: Die Verknüpfung war nicht angegeben.');
    return reply.redirect(STAFF_PATHS.measure(request.params.id), 303);
  });
}
