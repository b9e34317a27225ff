import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { renderPdf } from '../../../../kernel/pdf';
import { handoverDocument } from '../../api/handover';
import { exportPdfSpec } from '../export-pdf';
import { loadDetail } from './load-detail';
import { loadForStaff } from './load-for-staff';

export interface ExportedFile {
  contentType: string;
  filename: string;
  bytes: Buffer;
}

/**
 * An application as a file for the department's records: the handover document (JSON, the same
 * as the API) or a PDF with answers and history. Every export is audited: it takes personal data
 * out of the portal.
 */
export async function exportApplication(actor: Actor, input: { id: string; format: 'json' | 'pdf'; ip: string }, deps: ModuleDeps): Promise<ExportedFile> {
  const file = input.format === 'json' ? await exportJson(actor, input.id, deps) : await exportPdf(actor, input.id, deps);
  await audit(deps.db, actor, {
    action: 'applications.exported',
    objectType: 'application',
    objectId: input.id,
    details: { reference: file.reference, format: input.format },
    ip: input.ip,
  });
  return { contentType: file.contentType, filename: file.filename, bytes: file.bytes };
}

async function exportJson(actor: Actor, id: string, deps: ModuleDeps) {
  const { application } = await loadForStaff(deps.db, actor, id);
  const document = await handoverDocument(deps, application);
  return {
    reference: application.reference,
    contentType: 'application/json; charset=utf-8',
    filename: `Antrag-${application.reference}.json`,
    bytes: Buffer.from(JSON.stringify(document, null, 2)),
  };
}

async function exportPdf(actor: Actor, id: string, deps: ModuleDeps) {
  const detail = await loadDetail(actor, { id }, deps);
  const pdf = await renderPdf(exportPdfSpec({ ...detail, municipality: deps.config.municipality }));
  return { reference: detail.application.reference, contentType: 'application/pdf', filename: `Antrag-${detail.application.reference}.pdf`, bytes: pdf };
}
