import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { keepUpload, type UploadedFile } from '../../../../../kernel/files';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { berlinDay } from '../../../../../kernel/time';
import { textOrNull } from '../../../files/extract-text';
import { councilFiles } from '../../../tables';
import { requireEditable } from '../../entry/access';
import { authorizedMeeting } from '../../meetings/use-cases/open-meeting';
import { authorizedPaper } from '../../papers/use-cases/open-paper';
import { attachDocument, documentsOf, type DocumentRow } from '../repository';
import { documentSchema, type DocumentOwner } from '../schemas';

export interface DocumentsPage {
  owner: DocumentOwner;
  ownerId: string;
  ownerName: string;
  /** Where the meeting's or paper's own form is. */
  imported: boolean;
  ownerPublic: boolean;
  documents: DocumentRow[];
}

/** The documents of a meeting or a paper, and the upload form (not for imported ones). */
export async function openDocuments(
  actor: Actor,
  input: { owner: DocumentOwner; ownerId: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<DocumentsPage & { bodyId: string }> {
  const object =
    input.owner === 'meeting' ? (await authorizedMeeting(actor, input.ownerId, deps)).meeting : (await authorizedPaper(actor, input.ownerId, deps)).paper;
  const ownerName = 'reference' in object ? [object.reference, object.name].filter(Boolean).join(' ') : (object.name ?? 'Sitzung');
  return {
    owner: input.owner,
    ownerId: object.id,
    ownerName,
    imported: object.sourceId !== null,
    ownerPublic: 'public' in object ? object.public : true,
    bodyId: object.bodyId,
    documents: await documentsOf(deps.db, input.owner, object.id),
  };
}

async function bytesOf(files: ModuleDeps['files'], file: UploadedFile): Promise<Buffer> {
  const body = await files.get(file.storageKey);
  const chunks: Buffer[] = [];
  if (body) for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Uploads a PDF to a meeting (invitation, protocols, further documents) or a paper (main file,
 * attachments), public or not. The type is checked by the file's content, as everywhere in the
 * portal; the text layer is extracted for the search (a scan without text is stored all the same).
 */
export async function uploadDocument(
  actor: Actor,
  input: { owner: DocumentOwner; ownerId: string; fields: Record<string, string>; file: UploadedFile | undefined; rejected?: string | undefined; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'files'>,
): Promise<Outcome<{ id: string }>> {
  const page = await openDocuments(actor, input, deps);
  requireEditable({ sourceId: page.imported ? 'imported' : null, deleted: false });
  const parsed = parseForm(documentSchema(input.owner), input.fields);
  const fileError =
    input.rejected ??
    (!input.file
      ? 'Wählen Sie eine PDF-Datei aus.'
      : input.file.detectedType !== 'application/pdf'
        ? 'Die Datei ist kein PDF. Laden Sie das Dokument als PDF hoch.'
        : undefined);
  if (!parsed.ok || fileError) return refuse({ ...(parsed.ok ? {} : parsed.errors), ...(fileError ? { file: fileError } : {}) });
  const file = input.file!;
  const text = await textOrNull(await bytesOf(deps.files, file));
  return deps.db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(councilFiles)
      .values({
        id: file.id,
        bodyId: page.bodyId,
        name: parsed.data.name ?? file.filename.replace(/\.pdf$/i, ''),
        fileName: file.filename,
        mimeType: 'application/pdf',
        size: file.size,
        date: berlinDay(now),
        text,
        storageKey: file.storageKey,
        public: !parsed.data.nonPublic,
      })
      .returning({ id: councilFiles.id });
    await attachDocument(tx, input.owner, page.ownerId, parsed.data.role, row!.id, now);
    await audit(tx, actor, {
      action: 'council.file.uploaded',
      objectType: 'council_file',
      objectId: row!.id,
      details: { owner: input.owner, ownerId: page.ownerId, role: parsed.data.role, public: !parsed.data.nonPublic, hasText: text !== null },
      ip: input.ip,
    });
    keepUpload(file);
    return { ok: true as const, id: row!.id };
  });
}
