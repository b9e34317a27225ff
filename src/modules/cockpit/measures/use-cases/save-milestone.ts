import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinDay } from '../../../../kernel/time';
import { cockpitMilestones, type Measure, type Milestone } from '../../tables';
import { measureToEdit } from '../access';
import { changedFields, recordChange } from '../history';
import type { MilestoneForm } from '../schemas';
import { germanDay } from '../values';

type Deps = Pick<ModuleDeps, 'db'> & { ip?: string; now?: Date };

/**
 * A milestone never lies before its measure starts (refused). One after the planned end is accepted
 * and marked on the measure's page: plans slip, and the milestone is then the honest date; the
 * owner sees the mark and moves the end.
 */
function check(measure: Measure, form: MilestoneForm, today: string): Outcome {
  const found: Record<string, string> = {};
  if (form.termin < measure.startsOn) found.termin = `Der Termin darf nicht vor dem Beginn der Maßnahme (${germanDay(measure.startsOn)}) liegen.`;
  if (form.erreicht !== null && form.erreicht > today) {
    found.erreicht = 'Ein Meilenstein kann nicht in der Zukunft erreicht worden sein. Lassen Sie das Feld leer, bis er erreicht ist.';
  } else if (form.erreicht !== null && form.erreicht < measure.startsOn) {
    found.erreicht = `Der Tag darf nicht vor dem Beginn der Maßnahme (${germanDay(measure.startsOn)}) liegen.`;
  }
  return Object.keys(found).length > 0 ? refuse(found) : { ok: true };
}

function shown(milestone: Pick<Milestone, 'title' | 'dueOn' | 'doneOn'>): Record<string, string> {
  return { Meilenstein: milestone.title, Termin: germanDay(milestone.dueOn), Erreicht: milestone.doneOn ? germanDay(milestone.doneOn) : 'offen' };
}

/** A milestone of the measure to change, or 404 (one of another measure is missing here). */
export async function milestoneToEdit(
  actor: Actor,
  id: string,
  milestoneId: string,
  deps: Pick<ModuleDeps, 'db'>,
): Promise<{ measure: Measure; milestone: Milestone }> {
  const { measure } = await measureToEdit(actor, id, deps.db);
  const [milestone] = isUuid(milestoneId)
    ? await deps.db
        .select()
        .from(cockpitMilestones)
        .where(and(eq(cockpitMilestones.id, milestoneId), eq(cockpitMilestones.measureId, measure.id)))
    : [];
  if (!milestone) throw errors.notFound('Der Meilenstein');
  return { measure, milestone };
}

/** Adds a milestone (`milestoneId` undefined) or changes one; the history names the fields as shown. */
export async function saveMilestone(actor: Actor, id: string, milestoneId: string | undefined, form: MilestoneForm, deps: Deps): Promise<Outcome> {
  const { user, measure } = await measureToEdit(actor, id, deps.db);
  const existing = milestoneId === undefined ? undefined : (await milestoneToEdit(actor, id, milestoneId, deps)).milestone;
  const checked = check(measure, form, berlinDay(deps.now ?? new Date()));
  if (!checked.ok) return checked;
  const values = { title: form.titel, dueOn: form.termin, doneOn: form.erreicht };
  return deps.db.transaction(async (tx) => {
    if (!existing) {
      const [created] = await tx
        .insert(cockpitMilestones)
        .values({ measureId: measure.id, ...values })
        .returning();
      await recordChange(tx, user, measure.id, `Meilenstein „${form.titel}“ hinzugefügt`, changedFields({}, shown(created!)));
      await audit(tx, user, {
        action: 'cockpit.milestone_added',
        objectType: 'cockpit_measure',
        objectId: measure.id,
        details: { milestone: created!.id },
        ip: deps.ip,
      });
      return { ok: true };
    }
    await tx.update(cockpitMilestones).set(values).where(eq(cockpitMilestones.id, existing.id));
    await recordChange(tx, user, measure.id, `Meilenstein „${form.titel}“ geändert`, changedFields(shown(existing), shown(values)));
    await audit(tx, user, {
      action: 'cockpit.milestone_changed',
      objectType: 'cockpit_measure',
      objectId: measure.id,
      details: { milestone: existing.id },
      ip: deps.ip,
    });
    return { ok: true };
  });
}
