import { and, asc, eq, isNull } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { councilBodies } from '../../tables';

/**
 * The Body that objects entered by hand belong to: the municipality's own (no import source). The
 * first entry creates it from the municipality file, so a council without a council information
 * system needs no set-up before its first Gremium (the portal is then the OParl source).
 */
export async function ownBodyId(tx: Executor, actor: CurrentUser, config: Pick<Config, 'municipality'>): Promise<string> {
  const [existing] = await tx
    .select({ id: councilBodies.id })
    .from(councilBodies)
    .where(and(isNull(councilBodies.sourceId), eq(councilBodies.deleted, false)))
    .orderBy(asc(councilBodies.created), asc(councilBodies.id))
    .limit(1);
  if (existing) return existing.id;
  const { municipality } = config;
  const [body] = await tx
    .insert(councilBodies)
    .values({
      name: municipality.officialName,
      shortName: municipality.name,
      ags: municipality.gemeindeschluessel,
      rgs: municipality.regionalschluessel,
      website: municipality.contact.website,
      contactEmail: municipality.contact.email,
      classification: 'Stadt',
    })
    .returning({ id: councilBodies.id });
  await audit(tx, actor, { action: 'council.body.created', objectType: 'council_body', objectId: body!.id, details: { name: municipality.officialName } });
  return body!.id;
}
