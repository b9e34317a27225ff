import type { Readable } from 'node:stream';
import type { Actor } from '../../../kernel/auth';
import type { SentFile } from '../../../kernel/files';
import { errors, isUuid } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { downloadDatastore } from '../datastore';
import { showDatasetParts } from './show-dataset';

/** An uploaded distribution's file, for whoever may read its dataset; a link has no file here (404). */
export async function downloadResource(
  actor: Actor,
  input: { name: string; resourceId: string },
  deps: Pick<ModuleDeps, 'db' | 'files'>,
): Promise<{ file: SentFile; body: Readable; datasetId: string }> {
  if (!isUuid(input.resourceId)) throw errors.notFound('Die Datei');
  const { dataset, resources } = await showDatasetParts(actor, input, deps);
  const resource = resources.find((candidate) => candidate.id === input.resourceId);
  const body = resource?.fileKey ? await deps.files.get(resource.fileKey) : null;
  if (!resource || !body) throw errors.notFound('Die Datei');
  const file: SentFile = {
    contentType: resource.mediaType ?? 'application/octet-stream',
    filename: resource.fileName ?? `${dataset.name}.${resource.format.toLowerCase()}`,
    size: resource.byteSize ?? undefined,
    audience: dataset.state === 'active' && !dataset.private ? 'public' : 'private',
  };
  return { file, body, datasetId: dataset.id };
}

/** A distribution's DataStore table as CSV or JSON, streamed, for whoever may read its dataset. */
export async function downloadTable(
  actor: Actor,
  input: { name: string; resourceId: string; format: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ file: SentFile; body: Readable }> {
  if (!isUuid(input.resourceId) || (input.format !== 'csv' && input.format !== 'json')) throw errors.notFound('Die Tabelle');
  const { dataset, resources } = await showDatasetParts(actor, input, deps);
  const resource = resources.find((candidate) => candidate.id === input.resourceId);
  if (!resource?.datastoreActive) throw errors.notFound('Die Tabelle');
  const body = await downloadDatastore(resource.id, input.format, deps, { bom: input.format === 'csv' });
  const file: SentFile = {
    contentType: input.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    filename: `${dataset.name}-${resource.position + 1}.${input.format}`,
    audience: dataset.state === 'active' && !dataset.private ? 'public' : 'private',
  };
  return { file, body };
}
