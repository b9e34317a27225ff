import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readMultipartForm, rejectionMessage } from '../../../kernel/files';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { checkMessageUploads } from '../attachments';
import { PATHS } from '../paths';
import { markInvoicePaid } from '../payments';
import { STATUS_LABELS } from '../workflow';
import { applicationId, renderDetail, runAction } from './page-support';
import { AssignSchema, BescheidSchema, MarkPaidSchema, MessageSchema, NoteSchema, StatusChangeSchema } from './schemas';
import { addNote } from './use-cases/add-note';
import { assignApplication } from './use-cases/assign-application';
import { changeStatus } from './use-cases/change-status';
import { issueBescheid } from './use-cases/issue-bescheid';
import { loadForStaff } from './use-cases/load-for-staff';
import { sendMessage } from './use-cases/send-message';

function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  }
  return values;
}

/** The POST actions of the detail page; each answers with the page again (400) or a redirect with flash. */
export function registerActionRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config } = deps;
  const ipOf = (request: FastifyRequest) => request.ip;

  app.post(PATHS.staffAction(':id', 'zuweisen'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(AssignSchema, request.body);
    if (!parsed.ok) return renderDetail(db, request, reply, id, parsed);
    return runAction(db, request, reply, id, parsed.data, async () => {
      const changed = await assignApplication(db, request.user, { id, assigneeId: parsed.data.assignee, ip: ipOf(request) });
      return changed ? 'Die Zuweisung wurde gespeichert.' : 'Der Antrag war bereits so zugewiesen.';
    });
  });

  app.post(PATHS.staffAction(':id', 'status'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(StatusChangeSchema, request.body);
    if (!parsed.ok) return renderDetail(db, request, reply, id, parsed);
    return runAction(db, request, reply, id, formValues(request.body), async () => {
      await changeStatus(db, config, request.user, { id, to: parsed.data.status, reason: parsed.data.reason, ip: ipOf(request) });
      return `Der Status ist jetzt „${STATUS_LABELS[parsed.data.status]}“. Die antragstellende Person wurde per E-Mail informiert.`;
    });
  });

  app.post(PATHS.staffAction(':id', 'notiz'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(NoteSchema, request.body);
    if (!parsed.ok) return renderDetail(db, request, reply, id, parsed);
    return runAction(db, request, reply, id, formValues(request.body), async () => {
      await addNote(db, request.user, { id, note: parsed.data.note, ip: ipOf(request) });
      return 'Die interne Notiz wurde gespeichert.';
    });
  });

  app.post(PATHS.staffAction(':id', 'nachricht'), async (request, reply) => {
    const id = applicationId(request);
    // Nobody else's uploads are read into memory: authorize before reading the files.
    await loadForStaff(db, request.user, id);
    const limits = { maxFileBytes: config.uploads.maxBytes, maxFiles: config.uploads.maxFiles };
    const form = request.isMultipart() ? await readMultipartForm(request, limits) : { fields: formValues(request.body), files: [], rejected: [] };
    const values = formValues(form.fields);
    const parsed = parseForm(MessageSchema, values);
    const fileProblems = [...form.rejected.map((rejected) => rejectionMessage(rejected, limits)), ...checkMessageUploads(config, form.files)];
    if (!parsed.ok || fileProblems.length) {
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...(fileProblems.length ? { attachments: fileProblems.join(' ') } : {}) };
      return renderDetail(db, request, reply, id, { errors, values });
    }
    return runAction(db, request, reply, id, values, async () => {
      await sendMessage(deps, request.user, { id, subject: parsed.data.subject, body: parsed.data.body, files: form.files, ip: ipOf(request) });
      return 'Die Nachricht wurde gesendet. Die antragstellende Person wurde per E-Mail informiert.';
    });
  });

  app.post(PATHS.staffAction(':id', 'bescheid'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(BescheidSchema, request.body);
    if (!parsed.ok) return renderDetail(db, request, reply, id, parsed);
    return runAction(db, request, reply, id, formValues(request.body), async () => {
      await issueBescheid(deps, request.user, { id, decision: parsed.data.decision, reasoning: parsed.data.reasoning, ip: ipOf(request) });
      return 'Der Bescheid wurde erstellt und in das Postfach der antragstellenden Person gelegt. Der Antrag ist abgeschlossen.';
    });
  });

  app.post(PATHS.staffAction(':id', 'zahlung'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(MarkPaidSchema, request.body);
    if (!parsed.ok) return renderDetail(db, request, reply, id, parsed);
    return runAction(db, request, reply, id, parsed.data, async () => {
      // First our own check: everyone who may not process this application gets the same 404.
      await loadForStaff(db, request.user, id);
      const marked = await markInvoicePaid(request.user, { applicationId: id, paymentId: parsed.data.payment, ip: ipOf(request) }, deps);
      return marked ? 'Die Rechnung ist als bezahlt markiert.' : 'Die Rechnung war bereits als bezahlt markiert.';
    });
  });
}
