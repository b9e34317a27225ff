import type { Readable } from 'node:stream';
import type { Actor } from '../../../../kernel/auth';
import { errors } from '../../../../kernel/http/errors';
import { isUuid } from '../../../../kernel/http/validation';
import type { ModuleDeps } from '../../../../kernel/module';
import type { CouncilViewer } from '../../policies';
import { fileHolders, findFile, type FileHolder, type FileRecord } from '../queries/file-record';
import { meetingOrganizations, paperOrganizationIds } from '../queries/organizations-of';
import { webLink } from '../presenters';
import { viewerOf, visibleTo } from '../viewer';

export type OpenedFile = { kind: 'bytes'; file: FileRecord; body: Readable } | { kind: 'elsewhere'; url: string } | { kind: 'gone'; file: FileRecord };

/** The Gremien each holder belongs to: a meeting's for the meeting and its agenda items, a paper's own. */
async function holderGremien(holders: FileHolder[], deps: Pick<ModuleDeps, 'db'>) {
  const meetingIds = holders.flatMap((holder) => (holder.kind === 'meeting' ? [holder.id] : holder.kind === 'agendaItem' ? [holder.meetingId] : []));
  const paperIds = holders.flatMap((holder) => (holder.kind === 'paper' ? [holder.id] : []));
  const [meetings, papers] = await Promise.all([meetingOrganizations(deps.db, meetingIds), paperOrganizationIds(deps.db, paperIds)]);
  return holders.map((holder) => ({
    holder,
    gremien:
      holder.kind === 'paper'
        ? (papers.get(holder.id) ?? [])
        : (meetings.get(holder.kind === 'meeting' ? holder.id : holder.meetingId) ?? []).map((org) => org.id),
  }));
}

/**
 * Whether the viewer may have the file: a public file of a visible holder (or of none: a file the
 * source lists on its own), a non-public one only for viewers of a holder's Gremien.
 */
async function mayOpen(viewer: CouncilViewer, file: FileRecord, deps: Pick<ModuleDeps, 'db'>): Promise<boolean> {
  const holders = await holderGremien(await fileHolders(deps.db, file.id), deps);
  if (holders.length === 0) return file.public;
  return holders.some(({ holder, gremien }) => visibleTo(viewer, holder, gremien) && visibleTo(viewer, file, gremien));
}

/**
 * `/rat/dokumente/<id>`: the bytes from the file store after the visibility check; a file we hold no
 * bytes of leads to the source's accessUrl, else 404. Hidden files answer like missing ones (404),
 * deleted ones that may be seen `gone` (410).
 */
export async function openFile(actor: Actor, input: { id: string }, deps: Pick<ModuleDeps, 'db' | 'files'>): Promise<OpenedFile> {
  if (!isUuid(input.id)) throw errors.notFound('Das Dokument');
  const file = await findFile(deps.db, input.id);
  if (!file) throw errors.notFound('Das Dokument');
  const viewer = await viewerOf(actor, deps.db);
  // A deleted file keeps no holders worth asking: only its own flag decides whether to admit it existed.
  if (file.deleted) {
    if (visibleTo(viewer, file, [])) return { kind: 'gone', file };
    throw errors.notFoundOrForbidden('Das Dokument');
  }
  if (!(await mayOpen(viewer, file, deps))) throw errors.notFoundOrForbidden('Das Dokument');
  const body = file.storageKey ? await deps.files.get(file.storageKey) : null;
  if (body) return { kind: 'bytes', file, body };
  // A source's accessUrl is followed only when it is a web address (never `javascript:` or a local path).
  const elsewhere = webLink(file.sourceAccessUrl);
  if (elsewhere) return { kind: 'elsewhere', url: elsewhere };
  throw errors.notFound('Das Dokument');
}
