import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import type { ModuleDeps } from '../../../../kernel/module';
import { formatOf, isFormatCode } from '../../vocabularies/formats';
import { authorizedDataset, enterPublishing } from '../guard';
import { appendResource } from '../repository/datasets';
import { reviseDistributions } from '../revise';

export interface LinkInput {
  id: string;
  name: string;
  description: string;
  url: string;
  format: string;
  licenseId: string | null;
  ip?: string;
}

/** Adds a link to data kept elsewhere (an API, a file on another server) as a distribution. */
export async function addResourceLink(actor: Actor, input: LinkInput, { db, modules }: Pick<ModuleDeps, 'db' | 'modules'>): Promise<{ resourceId: string }> {
  const publisher = await enterPublishing(actor, db);
  const dataset = await authorizedDataset(publisher, input.id, { db, modules }, 'edit');
  const mediaType = isFormatCode(input.format) ? formatOf(input.format).mediaType : null;
  return db.transaction(async (tx) => {
    const row = await appendResource(tx, dataset.id, {
      name: input.name,
      description: input.description,
      format: input.format,
      mediaType,
      url: input.url,
      fileKey: null,
      fileName: null,
      byteSize: null,
      checksumAlgorithm: null,
      checksum: null,
      licenseId: input.licenseId,
    });
    await reviseDistributions(tx, publisher.actor.id, dataset.id);
    await audit(tx, publisher.actor, {
      action: 'opendata.resource.added',
      objectType: 'dataset',
      objectId: dataset.id,
      details: { name: row.name, url: input.url },
      ip: input.ip,
    });
    return { resourceId: row.id };
  });
}
