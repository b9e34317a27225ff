import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import type { Executor } from '../../../../../kernel/db';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilPaperLocations, councilPaperOrganizations, councilPaperPersons, councilPaperRelations, councilPapers } from '../../../tables';
import { requireCouncilStaff, requireEditable } from '../../entry/access';
import { allOffered } from '../../entry/choices';
import { ownBodyId } from '../../entry/own-body';
import { writePlace } from '../../entry/place';
import { papersByReference, placeOf } from '../repository';
import type { PaperInput } from '../schemas';
import { paperSchema } from '../schemas';
import { authorizedPaper, openPaper } from './open-paper';

/** Replaces the paper's federführend Gremium, originators and related papers with the form's. */
async function writeLinks(tx: Executor, paperId: string, data: PaperInput, relatedIds: string[]): Promise<void> {
  await tx.delete(councilPaperOrganizations).where(eq(councilPaperOrganizations.paperId, paperId));
  await tx.delete(councilPaperPersons).where(eq(councilPaperPersons.paperId, paperId));
  await tx.delete(councilPaperRelations).where(and(eq(councilPaperRelations.paperId, paperId), eq(councilPaperRelations.relation, 'related')));
  const organizations = [
    ...(data.underDirectionOfId ? [{ paperId, organizationId: data.underDirectionOfId, role: 'underDirectionOf' as const }] : []),
    ...data.originatorOrganizationIds.map((organizationId) => ({ paperId, organizationId, role: 'originator' as const })),
  ];
  if (organizations.length) await tx.insert(councilPaperOrganizations).values(organizations);
  if (data.originatorPersonIds.length) await tx.insert(councilPaperPersons).values(data.originatorPersonIds.map((personId) => ({ paperId, personId })));
  if (relatedIds.length) {
    await tx.insert(councilPaperRelations).values(relatedIds.map((otherPaperId) => ({ paperId, otherPaperId, relation: 'related' as const })));
  }
}

/**
 * Adds or edits a paper: reference, title, type, date, federführend Gremium, originators, public or
 * not, related papers (by their references). `created` on insert, `modified` on every change.
 */
export async function savePaper(
  actor: Actor,
  input: { id?: string | undefined; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<Outcome<{ id: string }>> {
  requireCouncilStaff(actor);
  const existing = input.id ? (await authorizedPaper(actor, input.id, deps)).paper : undefined;
  if (existing) requireEditable(existing);
  const parsed = parseForm(paperSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const data = parsed.data;
  const { organizations, persons } = await openPaper(actor, {}, deps);
  if (!allOffered([data.underDirectionOfId, ...data.originatorOrganizationIds], organizations)) {
    return refuse({ underDirectionOfId: 'Wählen Sie ein Gremium aus der Liste.' });
  }
  if (!allOffered(data.originatorPersonIds, persons)) return refuse({ originatorPersonIds: 'Wählen Sie Personen aus der Liste.' });
  return deps.db.transaction(async (tx) => {
    const bodyId = existing?.bodyId ?? (await ownBodyId(tx, actor, deps.config));
    const related = (await papersByReference(tx, bodyId, data.relatedReferences)).filter((paper) => paper.id !== existing?.id);
    const missing = data.relatedReferences.filter((reference) => !related.some((paper) => paper.reference === reference));
    if (missing.length) return refuse({ relatedReferences: `Diese Drucksachennummern gibt es nicht: ${missing.join(', ')}.` });
    const values = { reference: data.reference, name: data.name, paperType: data.paperType, date: data.date, public: !data.nonPublic };
    let id = existing?.id;
    if (existing) {
      await tx
        .update(councilPapers)
        .set({ ...values, modified: new Date() })
        .where(eq(councilPapers.id, existing.id));
    } else {
      id = (
        await tx
          .insert(councilPapers)
          .values({ ...values, bodyId })
          .returning({ id: councilPapers.id })
      )[0]!.id;
    }
    // The place the paper is about (Paper.location): the form's one replaces what the paper had.
    const placeId = await writePlace(tx, existing ? await placeOf(tx, existing.id) : undefined, data, bodyId);
    await tx.delete(councilPaperLocations).where(eq(councilPaperLocations.paperId, id!));
    if (placeId) await tx.insert(councilPaperLocations).values({ paperId: id!, locationId: placeId });
    await writeLinks(
      tx,
      id!,
      data,
      related.map((paper) => paper.id),
    );
    await audit(tx, actor, {
      action: existing ? 'council.paper.updated' : 'council.paper.created',
      objectType: 'council_paper',
      objectId: id!,
      details: { reference: data.reference, name: data.name, public: values.public },
      ip: input.ip,
    });
    return { ok: true as const, id: id! };
  });
}
