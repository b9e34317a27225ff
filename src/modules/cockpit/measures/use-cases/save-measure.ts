import { and, eq, lt, sql } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import type { Actor, CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { mayCoordinate } from '../../policies';
import { cockpitMeasures, cockpitMilestones, type Measure } from '../../tables';
import { measureToEdit, requireCoordinator } from '../access';
import { changedFields, insertChange, shownFields } from '../history';
import { departmentName, slugTaken } from '../repository';
import type { MeasureForm } from '../schemas';
import { germanDay } from '../values';

type Deps = Pick<ModuleDeps, 'db'> & { ip?: string };

/** The message for an edit form drawn before someone else's change. */
export const STALE_MESSAGE =
  'Jemand anderes hat die Maßnahme geändert, während Sie sie bearbeitet haben. Nichts wurde überschrieben. Ihre Eingaben stehen unten; die gespeicherte Fassung sehen Sie auf der Seite der Maßnahme. Speichern Sie erneut, wenn Ihre Eingaben gelten sollen.';

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `Freies WLAN für alle!` → `freies-wlan-fuer-alle`. */
export function slugFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter]!)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

function columnsOf(form: MeasureForm, slug: string) {
  return {
    slug,
    title: form.titel,
    goal: form.ziel,
    description: form.beschreibung ?? '',
    ownerDepartmentId: form.fachbereich,
    status: form.status,
    progressPercent: form.fortschritt,
    startsOn: form.beginn,
    endsOn: form.ende,
    budgetCents: form.budget,
    fundingSource: form.finanzierung ?? '',
    programReference: form.programm ?? '',
  };
}

/** The checks that need the database: the owner exists, the address is free, no milestone lies before the start. */
async function problems(tx: Executor, form: MeasureForm, slug: string, existing?: Measure): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  if (!slug) found.adresse = 'Geben Sie eine Adresse aus Kleinbuchstaben und Ziffern an, zum Beispiel freies-wlan.';
  else if (await slugTaken(tx, slug, existing?.id)) found.adresse = `Die Adresse „${slug}“ hat schon eine andere Maßnahme. Wählen Sie eine andere.`;
  if (!(await departmentName(tx, form.fachbereich))) found.fachbereich = 'Wählen Sie einen Fachbereich aus der Liste.';
  if (existing) {
    const [early] = await tx
      .select({ title: cockpitMilestones.title, dueOn: cockpitMilestones.dueOn })
      .from(cockpitMilestones)
      .where(and(eq(cockpitMilestones.measureId, existing.id), lt(cockpitMilestones.dueOn, form.beginn)))
      .orderBy(cockpitMilestones.dueOn)
      .limit(1);
    if (early) {
      found.beginn = `Der Meilenstein „${early.title}“ liegt am ${germanDay(early.dueOn)}, vor diesem Beginn. Ändern Sie erst den Meilenstein oder wählen Sie einen früheren Beginn.`;
    }
  }
  return found;
}

/** A second save of the same address between our check and the write: the unique key answers. */
function isSlugClash(error: unknown): boolean {
  const codes = [error, (error as { cause?: unknown } | undefined)?.cause].map((value) => (value as { code?: unknown } | undefined)?.code);
  return codes.includes('23505');
}

/** Creates a measure (coordinator only), unpublished; its address is derived from the title unless given. */
export async function createMeasure(actor: Actor, form: MeasureForm, deps: Deps): Promise<Outcome<{ id: string }>> {
  requireCoordinator(actor);
  const slug = form.adresse ?? slugFromTitle(form.titel);
  try {
    return await deps.db.transaction(async (tx) => {
      const found = await problems(tx, form, slug);
      if (Object.keys(found).length > 0) return refuse(found);
      const [created] = await tx.insert(cockpitMeasures).values(columnsOf(form, slug)).returning();
      const ownerName = (await departmentName(tx, form.fachbereich))!;
      await insertChange(tx, actor, created!.id, 'Maßnahme angelegt', changedFields({}, shownFields(created!, ownerName)));
      await audit(tx, actor, { action: 'cockpit.measure_created', objectType: 'cockpit_measure', objectId: created!.id, details: { slug }, ip: deps.ip });
      return { ok: true, id: created!.id };
    });
  } catch (error) {
    if (isSlugClash(error)) return refuse({ adresse: `Die Adresse „${slug}“ hat schon eine andere Maßnahme. Wählen Sie eine andere.` });
    throw error;
  }
}

/**
 * Changes a measure's fields if `version` is still the stored one (else `stale`: someone changed it
 * meanwhile and nothing is overwritten). The owner Fachbereich only the coordinator moves: staff of a
 * Fachbereich would hand the measure away from themselves.
 */
export async function changeMeasure(actor: Actor, id: string, version: number, form: MeasureForm, deps: Deps): Promise<Outcome<{ id: string }>> {
  const { user, measure } = await measureToEdit(actor, id, deps.db);
  if (measure.ownerDepartmentId !== form.fachbereich && !mayCoordinate(user)) {
    return refuse({ fachbereich: 'Den verantwortlichen Fachbereich ändert nur die Koordination Digitalisierung.' });
  }
  const slug = form.adresse ?? measure.slug;
  try {
    return await deps.db.transaction(async (tx) => {
      const found = await problems(tx, form, slug, measure);
      if (Object.keys(found).length > 0) return refuse(found);
      const [updated] = await tx
        .update(cockpitMeasures)
        .set({ ...columnsOf(form, slug), version: sql`${cockpitMeasures.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(cockpitMeasures.id, id), eq(cockpitMeasures.version, version)))
        .returning();
      if (!updated) return refuse({ version: STALE_MESSAGE });
      await recordEdit(tx, user, measure, updated, deps.ip);
      return { ok: true, id };
    });
  } catch (error) {
    if (isSlugClash(error)) return refuse({ adresse: `Die Adresse „${slug}“ hat schon eine andere Maßnahme. Wählen Sie eine andere.` });
    throw error;
  }
}

async function recordEdit(tx: Executor, user: CurrentUser, before: Measure, after: Measure, ip: string | undefined): Promise<void> {
  const fields = changedFields(
    shownFields(before, (await departmentName(tx, before.ownerDepartmentId)) ?? before.ownerDepartmentId),
    shownFields(after, (await departmentName(tx, after.ownerDepartmentId))!),
  );
  await insertChange(tx, user, after.id, fields.length > 0 ? 'Angaben geändert' : 'Gespeichert ohne Änderung', fields);
  await audit(tx, user, {
    action: 'cockpit.measure_changed',
    objectType: 'cockpit_measure',
    objectId: after.id,
    details: { fields: fields.map((field) => field.field) },
    ip,
  });
}
