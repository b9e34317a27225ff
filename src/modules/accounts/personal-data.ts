import type { ErasureNote, PersonalDataHook } from '../../kernel/module';
import { ROLE_LABELS } from './presenters';
import { accountFacts, eraseAccountRows } from './repository';

/**
 * The accounts module's part of "Meine Daten" and of the deletion: the account itself and the
 * kernel tables that hang on it. The user row is deleted by the deletion use case after every
 * module's erase, so it is not counted here.
 */
export const accountsPersonalData: PersonalDataHook = {
  export: async (user, { db }) => {
    const facts = await accountFacts(db, user.id);
    if (!facts) return undefined;
    const { user: row, identities, sessionCount } = facts;
    return {
      name: row.displayName,
      email: row.email,
      emailConfirmedAt: row.emailVerifiedAt,
      role: ROLE_LABELS[row.role],
      createdAt: row.createdAt,
      lastLoginAt: row.lastLoginAt,
      departments: user.departments,
      permissions: [...user.permissions],
      // The subject is the provider's identifier of the person; the issuer says which provider it is.
      linkedLogins: identities.map((identity) => ({ provider: identity.issuer, linkedAt: identity.linkedAt })),
      activeSessions: sessionCount,
    };
  },
  erase: async (user, tx) => {
    const removed = await eraseAccountRows(tx, user);
    const notes: ErasureNote[] = [
      { what: 'Ihr Konto mit Name, E-Mail-Adresse und Passwort', outcome: 'deleted', count: 1 },
      { what: 'Anmeldungen (Sitzungen) auf Ihren Geräten', outcome: 'deleted', count: removed.sessions },
      { what: 'Links aus E-Mails (Bestätigung, neues Passwort, neue Adresse)', outcome: 'deleted', count: removed.tokens },
      { what: 'Verknüpfte Anmeldedienste (zum Beispiel BundID)', outcome: 'deleted', count: removed.identities },
      { what: 'Zuordnungen zu Fachbereichen und Berechtigungen', outcome: 'deleted', count: removed.memberships },
      { what: 'Gespeicherte E-Mails an Sie', outcome: 'deleted', count: removed.mails },
      { what: 'Ihre E-Mail-Adresse in gespeicherten E-Mails an die Verwaltung', outcome: 'deleted', count: removed.quoted },
    ];
    return notes.filter((note) => note.count > 0);
  },
};
