import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { guestApplicationIds } from '../apply/guest-access';
import { PATHS } from '../paths';
import { readAuthorizedFile } from './access';
import { sendFile } from '../../../kernel/files';

/** The applicant's downloads: their uploads, message attachments, Eingangsbestätigung and Bescheid. */
export function registerAttachmentRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get<{ Params: { id: string; fileId: string } }>(PATHS.file(':id', ':fileId'), async (request, reply) => {
    const { row, body } = await readAuthorizedFile(deps, request.user, {
      applicationId: request.params.id,
      fileId: request.params.fileId,
      guestIds: guestApplicationIds(request, deps.config.secret),
      as: 'applicant',
    });
    return sendFile(reply, row, body);
  });
}
