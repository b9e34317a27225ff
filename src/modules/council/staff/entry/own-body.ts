import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Config } from '../../../../kernel/config';
import type { Executor } from '../../../../kernel/db';
import { councilBodies } from '../../tables';

/** Serialises only the creation of the own body: two first entries at once must not make two bodies. */
const OWN_BODY_LOCK = 'council.own-body';

async function firstOwnBody(tx: Executor): Promise<string | undefined> {
  const [existing] = await tx
    .select({ id: councilBodies.id })
    .from(councilBodies)
    .where(and(isNull(councilBodies.sourceId), eq(councilBodies.deleted, false)))
    .orderBy(asc(councilBodies.created), asc(councilBodies.id))
    .limit(1);
  return existing?.id;
}

/**
 * The Body that objects entered by hand belong to: the municipality's own (no import source). The
 * first entry creates it from the municipality file, so a council without a council information
 * system needs no set-up before its first Gremium (the portal is then the OParl source).
 *
 * Two staff members' first entries at once (PostgreSQL) would both find no body and both create one;
 * so a missing body is created under a transaction-scoped advisory lock, and looked for again once the
 * lock is held (read committed: that statement sees the body the other transaction committed). The
 * lock is taken only while no body exists, so later entries never wait for each other here. No unique
 * index: the data model allows several bodies without a source (an OParl system may hold several).
 */
export async function ownBodyId(tx: Executor, actor: CurrentUser, config: Pick<Config, 'municipality'>): Promise<string> {
  const existing = await firstOwnBody(tx);
  if (existing) return existing;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${OWN_BODY_LOCK}, 0))`);
  const createdMeanwhile = await firstOwnBody(tx);
  if (createdMeanwhile) return createdMeanwhile;
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
