import { randomUUID } from 'node:crypto';
import type { CurrentUser } from '../../../../kernel/auth';
import type { Executor } from '../../../../kernel/db';
import { enqueue } from '../../../../kernel/jobs';
import type { ErasureNote } from '../../../../kernel/module';
import { deleteDraftsOf, detachSubmitted, forgetActor } from '../erasure-repository';
import { DELETE_BLOBS_JOB } from '../erasure-jobs';

const KEPT_BECAUSE =
  'Die Verwaltung muss eingereichte Anträge für die gesetzliche Aufbewahrungsfrist der Leistung aufbewahren (Art. 17 Abs. 3 Buchst. b DSGVO).';

/**
 * The applications module's part of the account deletion (`personalData.erase`), inside its
 * transaction. Drafts are the person's alone: deleted, their files from the store by a job that
 * runs only once the deletion has committed. Submitted Anträge are the municipality's record: they
 * are detached from the account (pseudonymous applicant, no e-mail address) and deleted by the
 * retention job once `delete_after` has passed, like every other closed Antrag.
 */
export async function erasePersonalData(actor: CurrentUser, tx: Executor): Promise<ErasureNote[]> {
  const drafts = await deleteDraftsOf(tx, actor.id);
  if (drafts.storageKeys.length > 0) await enqueue(tx, DELETE_BLOBS_JOB, { storageKeys: drafts.storageKeys });
  const submitted = await detachSubmitted(tx, actor.id, actor.email, randomUUID());
  const traces = await forgetActor(tx, actor.id);
  const notes: ErasureNote[] = [
    { what: 'Antragsentwürfe mit Ihren Angaben und hochgeladenen Dateien', outcome: 'deleted', count: drafts.count },
    {
      what: 'Eingereichte Anträge in Bearbeitung',
      outcome: 'pseudonymised',
      count: submitted.open,
      reason: `${KEPT_BECAUSE} Die Verwaltung entscheidet über sie; sie sind aber nicht mehr mit einem Konto verbunden, und Ihre E-Mail-Adresse ist entfernt. Den Bescheid schickt Ihnen die Verwaltung deshalb auf anderem Weg.`,
    },
    {
      what: 'Abgeschlossene Anträge',
      outcome: 'pseudonymised',
      count: submitted.closed,
      reason: `${KEPT_BECAUSE} Sie sind nicht mehr mit einem Konto verbunden, Ihre E-Mail-Adresse ist entfernt, und sie werden nach Ablauf der Frist automatisch gelöscht.`,
    },
    {
      what: 'Ihre Nachrichten, Dateien und Bearbeitungsschritte in Anträgen',
      outcome: 'pseudonymised',
      count: traces,
      reason: 'Sie gehören zur Akte des Antrags und bleiben mit ihr; sie verweisen aber nicht mehr auf Ihr Konto.',
    },
  ];
  return notes.filter((note) => note.count > 0);
}
