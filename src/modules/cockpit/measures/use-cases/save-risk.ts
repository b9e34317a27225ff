import { and, eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor } from '../../../../kernel/auth';
import { errors, isUuid, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { RISK_LEVEL_LABELS } from '../../policies';
import { cockpitRisks, type Measure, type Risk } from '../../tables';
import { measureToEdit } from '../access';
import { changedFields, recordChange } from '../history';
import type { RiskForm } from '../schemas';

type Deps = Pick<ModuleDeps, 'db'> & { ip?: string };

function shown(risk: Pick<Risk, 'title' | 'likelihood' | 'impact' | 'mitigation'>): Record<string, string> {
  return {
    Risiko: risk.title,
    Wahrscheinlichkeit: RISK_LEVEL_LABELS[risk.likelihood],
    Auswirkung: RISK_LEVEL_LABELS[risk.impact],
    Gegenmaßnahme: risk.mitigation,
  };
}

/** A risk of the measure to change, or 404. */
export async function riskToEdit(actor: Actor, id: string, riskId: string, deps: Pick<ModuleDeps, 'db'>): Promise<{ measure: Measure; risk: Risk }> {
  const { measure } = await measureToEdit(actor, id, deps.db);
  const [risk] = isUuid(riskId)
    ? await deps.db
        .select()
        .from(cockpitRisks)
        .where(and(eq(cockpitRisks.id, riskId), eq(cockpitRisks.measureId, measure.id)))
    : [];
  if (!risk) throw errors.notFound('Das Risiko');
  return { measure, risk };
}

/** Adds a risk (`riskId` undefined) or changes one. */
export async function saveRisk(actor: Actor, id: string, riskId: string | undefined, form: RiskForm, deps: Deps): Promise<Outcome> {
  const { user, measure } = await measureToEdit(actor, id, deps.db);
  const existing = riskId === undefined ? undefined : (await riskToEdit(actor, id, riskId, deps)).risk;
  const values = { title: form.titel, likelihood: form.wahrscheinlichkeit, impact: form.auswirkung, mitigation: form.gegenmassnahme ?? '' };
  return deps.db.transaction(async (tx): Promise<Outcome> => {
    if (!existing) {
      const [created] = await tx
        .insert(cockpitRisks)
        .values({ measureId: measure.id, ...values })
        .returning({ id: cockpitRisks.id });
      await recordChange(tx, user, measure.id, `Risiko „${form.titel}“ hinzugefügt`, changedFields({}, shown(values)));
      await audit(tx, user, { action: 'cockpit.risk_added', objectType: 'cockpit_measure', objectId: measure.id, details: { risk: created!.id }, ip: deps.ip });
      return { ok: true };
    }
    await tx.update(cockpitRisks).set(values).where(eq(cockpitRisks.id, existing.id));
    await recordChange(tx, user, measure.id, `Risiko „${form.titel}“ geändert`, changedFields(shown(existing), shown(values)));
    await audit(tx, user, { action: 'cockpit.risk_changed', objectType: 'cockpit_measure', objectId: measure.id, details: { risk: existing.id }, ip: deps.ip });
    return { ok: true };
  });
}

/** Removes a risk; the history keeps what it was. */
export async function deleteRisk(actor: Actor, id: string, riskId: string, deps: Deps): Promise<void> {
  const { measure, risk } = await riskToEdit(actor, id, riskId, deps);
  await deps.db.transaction(async (tx) => {
    await tx.delete(cockpitRisks).where(eq(cockpitRisks.id, risk.id));
    await recordChange(tx, actor, measure.id, `Risiko „${risk.title}“ entfernt`, [{ field: 'Risiko', before: risk.title, after: '' }]);
    await audit(tx, actor, { action: 'cockpit.risk_deleted', objectType: 'cockpit_measure', objectId: measure.id, details: { risk: risk.id }, ip: deps.ip });
  });
}
