import type { FastifyInstance } from 'fastify';
import { readMultipartForm, rejectionMessage } from '../../../kernel/files';
import { parseForm } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { checkMessageUploads } from '../attachments';
import { PATHS } from '../paths';
import { STATUS_LABELS } from '../workflow';
import { answerAction, applicationId, renderDetail } from './page-support';
import { AssignSchema, BescheidSchema, MarkPaidSchema, MessageSchema, NoteSchema, StatusChangeSchema } from './schemas';
import { addNote } from './use-cases/add-note';
import { assignApplication } from './use-cases/assign-application';
import { changeStatus } from './use-cases/change-status';
import { issueBescheid } from './use-cases/issue-bescheid';
import { loadForStaff } from './use-cases/load-for-staff';
import { recordInvoicePayment } from './use-cases/record-invoice-payment';
import { sendMessage } from './use-cases/send-message';

function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  }
  return values;
}

/** The POST actions of the detail page: parse → one use case → the page again (400) or a redirect with flash. */
export function registerActionRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.post(PATHS.staffAction(':id', 'zuweisen'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(AssignSchema, request.body);
    if (!parsed.ok) return renderDetail(deps, request, reply, id, parsed);
    const outcome = await assignApplication(request.user, { id, assigneeId: parsed.data.assignee, ip: request.ip }, deps);
    const flash = outcome.ok && outcome.changed ? 'Die Zuweisung wurde gespeichert.' : 'Der Antrag war bereits so zugewiesen.';
    return answerAction(deps, request, reply, id, parsed.data, outcome.ok ? { ok: true, flash } : outcome);
  });

  app.post(PATHS.staffAction(':id', 'status'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(StatusChangeSchema, request.body);
    if (!parsed.ok) return renderDetail(deps, request, reply, id, parsed);
    const outcome = await changeStatus(request.user, { id, to: parsed.data.status, reason: parsed.data.reason, ip: request.ip }, deps);
    const flash = `Der Status ist jetzt „${STATUS_LABELS[parsed.data.status]}“. Die antragstellende Person wurde per E-Mail informiert.`;
    return answerAction(deps, request, reply, id, formValues(request.body), outcome.ok ? { ok: true, flash } : outcome);
  });

  app.post(PATHS.staffAction(':id', 'notiz'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(NoteSchema, request.body);
    if (!parsed.ok) return renderDetail(deps, request, reply, id, parsed);
    await addNote(request.user, { id, note: parsed.data.note, ip: request.ip }, deps);
    return answerAction(deps, request, reply, id, {}, { ok: true, flash: 'Die interne Notiz wurde gespeichert.' });
  });

  app.post(PATHS.staffAction(':id', 'nachricht'), async (request, reply) => {
    const id = applicationId(request);
    // Nobody else's uploads are read into memory: authorize before reading the files.
    await loadForStaff(deps.db, request.user, id);
    const limits = { maxFileBytes: deps.config.uploads.maxBytes, maxFiles: deps.config.uploads.maxFiles };
    const form = request.isMultipart() ? await readMultipartForm(request, limits) : { fields: formValues(request.body), files: [], rejected: [] };
    const values = formValues(form.fields);
    const parsed = parseForm(MessageSchema, values);
    const fileProblems = [...form.rejected.map((rejected) => rejectionMessage(rejected, limits)), ...checkMessageUploads(deps.config, form.files)];
    if (!parsed.ok || fileProblems.length) {
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...(fileProblems.length ? { attachments: fileProblems.join(' ') } : {}) };
      return renderDetail(deps, request, reply, id, { errors, values });
    }
    await sendMessage(request.user, { id, subject: parsed.data.subject, body: parsed.data.body, files: form.files, ip: request.ip }, deps);
    return answerAction(deps, request, reply, id, values, {
      ok: true,
      flash: 'Die Nachricht wurde gesendet. Die antragstellende Person wurde per E-Mail informiert.',
    });
  });

  app.post(PATHS.staffAction(':id', 'bescheid'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(BescheidSchema, request.body);
    if (!parsed.ok) return renderDetail(deps, request, reply, id, parsed);
    const outcome = await issueBescheid(request.user, { id, decision: parsed.data.decision, reasoning: parsed.data.reasoning, ip: request.ip }, deps);
    const flash = 'Der Bescheid wurde erstellt und in das Postfach der antragstellenden Person gelegt. Der Antrag ist abgeschlossen.';
    return answerAction(deps, request, reply, id, formValues(request.body), outcome.ok ? { ok: true, flash } : outcome);
  });

  app.post(PATHS.staffAction(':id', 'zahlung'), async (request, reply) => {
    const id = applicationId(request);
    const parsed = parseForm(MarkPaidSchema, request.body);
    if (!parsed.ok) return renderDetail(deps, request, reply, id, parsed);
    const { marked } = await recordInvoicePayment(request.user, { id, paymentId: parsed.data.payment, ip: request.ip }, deps);
    return answerAction(deps, request, reply, id, parsed.data, {
      ok: true,
      flash: marked ? 'Die Rechnung ist als bezahlt markiert.' : 'Die Rechnung war bereits als bezahlt markiert.',
    });
  });
}
