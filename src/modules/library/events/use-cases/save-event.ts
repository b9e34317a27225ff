import { audit } from '../../../../kernel/audit';
import { requireSection, type Actor } from '../../../../kernel/auth';
import { errors, isUuid, refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { berlinMoment } from '../../../../kernel/time';
import { mayManageLibraryEvents } from '../policies';
import { findEvent, insertEvent, updateEvent, type EventValues } from '../repository';
import type { EventForm } from '../schemas';

/** The form's values as the table keeps them, or the fields to correct (times read in Berlin). */
function eventValues(form: EventForm): Outcome<{ values: EventValues }> {
  const startsAt = berlinMoment(form.tag, form.beginn);
  const endsAt = berlinMoment(form.tag, form.ende);
  if (!startsAt) return refuse({ beginn: 'Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung). Wählen Sie eine andere.' });
  if (!endsAt) return refuse({ ende: 'Diese Uhrzeit gibt es an diesem Tag nicht (Zeitumstellung). Wählen Sie eine andere.' });
  if (endsAt <= startsAt) return refuse({ ende: 'Das Ende muss nach dem Beginn liegen.' });
  return {
    ok: true,
    values: {
      title: form.titel,
      summary: form.kurzbeschreibung,
      description: form.beschreibung ?? '',
      place: form.ort ?? '',
      online: form.online === 'ja',
      audience: form.zielgruppe,
      admission: form.teilnahme ?? '',
      startsAt,
      endsAt,
    },
  };
}

/**
 * Enters a new event (`id` undefined) or changes one. Library staff with `library.events` only;
 * an unknown or malformed id is a missing page. Audited in the same transaction.
 */
export async function saveEvent(
  actor: Actor,
  id: string | undefined,
  form: EventForm,
  deps: Pick<ModuleDeps, 'db'> & { ip?: string },
): Promise<Outcome<{ id: string }>> {
  requireSection(actor, mayManageLibraryEvents);
  if (id !== undefined && !isUuid(id)) throw errors.pageNotFound();
  const checked = eventValues(form);
  if (!checked.ok) return checked;
  return deps.db.transaction(async (tx) => {
    if (id === undefined) {
      const created = await insertEvent(tx, checked.values);
      await audit(tx, actor, {
        action: 'library.event_created',
        objectType: 'library_event',
        objectId: created.id,
        details: { title: created.title },
        ip: deps.ip,
      });
      return { ok: true, id: created.id };
    }
    if (!(await findEvent(tx, id))) throw errors.pageNotFound();
    await updateEvent(tx, id, checked.values);
    await audit(tx, actor, {
      action: 'library.event_changed',
      objectType: 'library_event',
      objectId: id,
      details: { title: checked.values.title },
      ip: deps.ip,
    });
    return { ok: true, id };
  });
}
