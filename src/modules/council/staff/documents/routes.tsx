import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readMultipartForm, rejectionMessage, type MultipartLimits } from '../../../../kernel/files';
import type { FieldErrors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { WORKSPACE_CRUMB } from '../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../paths';
import type { DocumentOwner } from './schemas';
import { openDocuments, uploadDocument } from './use-cases/upload-document';
import { DocumentsView } from './views/documents-page';

type WithId = FastifyRequest<{ Params: { id: string } }>;

/** One PDF per upload; council documents (Haushaltspläne, Bebauungspläne) can be large. */
const LIMITS: MultipartLimits = { maxFiles: 1, maxFileBytes: 100 * 1024 * 1024 };

const OWNERS: { owner: DocumentOwner; path: (id: string) => string; list: string; label: string }[] = [
  { owner: 'meeting', path: STAFF_ENTRY_PATHS.meetingFiles, list: STAFF_ENTRY_PATHS.meetings, label: 'Sitzungen' },
  { owner: 'paper', path: STAFF_ENTRY_PATHS.paperFiles, list: STAFF_ENTRY_PATHS.papers, label: 'Vorlagen' },
];

/** The documents pages of meetings and papers: list and upload. */
export function registerDocumentRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'files'>): void {
  for (const { owner, path, list, label } of OWNERS) {
    const page = async (request: WithId, values?: Record<string, string>, errors?: FieldErrors) => {
      const documents = await openDocuments(request.user, { owner, ownerId: request.params.id }, deps);
      const back = owner === 'meeting' ? STAFF_ENTRY_PATHS.meeting(documents.ownerId) : STAFF_ENTRY_PATHS.paper(documents.ownerId);
      return {
        title: `Dokumente: ${documents.ownerName}`,
        breadcrumbs: [WORKSPACE_CRUMB, { href: list, label }, { href: back, label: documents.ownerName }],
        workspace: true,
        hasErrors: errors !== undefined,
        body: <DocumentsView {...documents} maxBytes={LIMITS.maxFileBytes} values={values} errors={errors} />,
      };
    };
    app.get(path(':id'), async (request: WithId, reply) => reply.page(await page(request)));
    app.post(path(':id'), { config: { uploadLimits: LIMITS } }, async (request: WithId, reply) => {
      const form = await readMultipartForm(request, LIMITS);
      const fields = Object.fromEntries(Object.entries(form.fields).map(([key, value]) => [key, Array.isArray(value) ? (value[0] ?? '') : value]));
      const rejected = form.rejected[0];
      const saved = await uploadDocument(
        request.user,
        { owner, ownerId: request.params.id, fields, file: form.files[0], rejected: rejected && rejectionMessage(rejected, LIMITS), ip: request.ip },
        deps,
      );
      if (!saved.ok) return reply.page(await page(request, fields, saved.errors));
      reply.flash('Das Dokument ist hochgeladen.');
      return reply.redirect(path(request.params.id), 303);
    });
  }
}
