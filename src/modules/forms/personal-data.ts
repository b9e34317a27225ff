import type { PersonalDataHook } from '../../kernel/module';
import { forgetEditor, listVersionsByEditor } from './repository';

/**
 * The forms module's part of "Meine Daten" and of account deletion: staff who drafted or
 * published a form version are named in it. The versions stay (every Antrag keeps its version);
 * the person's id is removed, and the audit log keeps who did what under a pseudonym.
 */
export const formsPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const versions = await listVersionsByEditor(db, user.id);
    return versions.length > 0 ? { formVersions: versions } : undefined;
  },
  erase: async (user, tx) => {
    const count = await forgetEditor(tx, user.id);
    if (count === 0) return [];
    return [
      {
        what: 'Formularversionen, die Sie bearbeitet oder veröffentlicht haben',
        outcome: 'pseudonymised',
        count,
        reason:
          'Die Versionen bleiben, weil jeder Antrag die Version behält, mit der er gestellt wurde. Ihr Name ist daraus entfernt; das Protokoll führt Ihre Änderungen unter einem Pseudonym.',
      },
    ];
  },
};
