import type { ErasureNote, PersonalDataHook } from '../../kernel/module';
import { forgetPerson, personalRecords } from './repository/people';

/**
 * The Transparenzportal's part of "Meine Daten" and of account deletion: publishers are members of
 * organisations, hold API tokens and are named as the author of datasets and of their revisions.
 */
export const opendataPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const records = await personalRecords(db, user.id);
    const empty = records.memberOf.length === 0 && records.tokens.length === 0 && records.authored.length === 0;
    return empty ? undefined : { organisationen: records.memberOf, apiTokens: records.tokens, angelegteDatensaetze: records.authored };
  },
  erase: async (user, tx) => {
    const forgotten = await forgetPerson(tx, user.id);
    const notes: ErasureNote[] = [];
    if (forgotten.memberships > 0) {
      notes.push({ what: 'Mitgliedschaften in Organisationen des Transparenzportals', outcome: 'deleted', count: forgotten.memberships });
    }
    if (forgotten.tokens > 0) notes.push({ what: 'API-Schlüssel für das Transparenzportal', outcome: 'deleted', count: forgotten.tokens });
    if (forgotten.datasets > 0) {
      notes.push({
        what: 'Datensätze, die Sie angelegt oder geändert haben',
        outcome: 'pseudonymised',
        count: forgotten.datasets,
        reason:
          'Die Datensätze gehören der Organisation und bleiben veröffentlicht. Ihr Name ist daraus entfernt; das Protokoll führt Ihre Änderungen unter einem Pseudonym.',
      });
    }
    return notes;
  },
};
