import { eq } from 'drizzle-orm';
import { audit } from '../../../../../kernel/audit';
import type { Actor } from '../../../../../kernel/auth';
import { parseForm, refuse, type Outcome } from '../../../../../kernel/http';
import type { ModuleDeps } from '../../../../../kernel/module';
import { councilConsultationOrganizations, councilConsultations, councilPapers } from '../../../tables';
import { requireEditable } from '../../entry/access';
import { allOffered, organizationChoices, type OrganizationChoice } from '../../entry/choices';
import { meetingChoices, type CouncilPaper } from '../repository';
import { consultationSchema } from '../schemas';
import { authorizedPaper } from './open-paper';

export interface ConsultationPage {
  paper: CouncilPaper;
  organizations: OrganizationChoice[];
  meetings: { id: string; name: string; start: Date | null }[];
}

export async function openConsultation(actor: Actor, input: { paperId: string }, deps: Pick<ModuleDeps, 'db'>): Promise<ConsultationPage> {
  const { paper } = await authorizedPaper(actor, input.paperId, deps);
  const [organizations, meetings] = await Promise.all([organizationChoices(deps.db), meetingChoices(deps.db)]);
  return { paper, organizations, meetings };
}

/**
 * Adds a Beratung of the paper in a Gremium (optionally at a meeting, with its role and whether it
 * decides); the agenda item is linked from the meeting's agenda. The paper's `modified` moves too.
 */
export async function addConsultation(
  actor: Actor,
  input: { paperId: string; body: unknown; ip?: string },
  deps: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ id: string }>> {
  const { paper, organizations, meetings } = await openConsultation(actor, input, deps);
  requireEditable(paper);
  const parsed = parseForm(consultationSchema, input.body);
  if (!parsed.ok) return refuse(parsed.errors);
  const data = parsed.data;
  if (!allOffered([data.organizationId], organizations)) return refuse({ organizationId: 'Wählen Sie das Gremium aus.' });
  if (!allOffered([data.meetingId], meetings)) return refuse({ meetingId: 'Wählen Sie eine Sitzung aus der Liste oder „keine“.' });
  return deps.db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(councilConsultations)
      .values({ bodyId: paper.bodyId, paperId: paper.id, meetingId: data.meetingId, role: data.role ?? null, authoritative: data.authoritative })
      .returning({ id: councilConsultations.id });
    await tx.insert(councilConsultationOrganizations).values({ consultationId: row!.id, organizationId: data.organizationId });
    await tx.update(councilPapers).set({ modified: now }).where(eq(councilPapers.id, paper.id));
    await audit(tx, actor, {
      action: 'council.consultation.created',
      objectType: 'council_consultation',
      objectId: row!.id,
      details: { paperId: paper.id, organizationId: data.organizationId, role: data.role ?? null },
      ip: input.ip,
    });
    return { ok: true as const, id: row!.id };
  });
}
