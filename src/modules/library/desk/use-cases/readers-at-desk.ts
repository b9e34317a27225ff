import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import { hashPassword, loadAuthorized, requireSection, type Actor } from '../../../../kernel/auth';
import { refuse, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import { renderPdf } from '../../../../kernel/pdf';
import type { NewReader } from '../../lending-schemas';
import { findReader } from '../../lending/repository';
import { today } from '../../lending/rules';
import { LENDING_PATHS } from '../../paths';
import { germanDay } from '../../presenters';
import { libraryReaderSessions, libraryReaders } from '../../tables/lending';
import { mayLend } from '../../policies';
import { withReaderAtDesk } from './with-reader';

/** A new card number: ten digits, starting with 2 so it never looks like a barcode of a copy. */
function newCardNumber(): string {
  return `2${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

/** A PIN of six digits; only its argon2id hash is kept. */
function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Issues a library card. Its PIN is random and known to nobody: the desk prints the PIN letter next
 * (resetPin), the only moment the PIN exists in clear.
 */
export async function createReader(actor: Actor, input: NewReader & { ip: string }, { db }: Pick<ModuleDeps, 'db'>): Promise<{ readerId: string }> {
  requireSection(actor, mayLend);
  const pinHash = await hashPassword(newPin());
  for (let attempt = 0; ; attempt++) {
    const created = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(libraryReaders)
        .values({ cardNumber: newCardNumber(), pinHash, name: input.name, email: input.email ?? null, expiresOn: input.expiresOn })
        .onConflictDoNothing({ target: libraryReaders.cardNumber })
        .returning({ id: libraryReaders.id });
      if (row) await audit(tx, actor, { action: 'library.reader.created', objectType: 'library_reader', objectId: row.id, ip: input.ip });
      return row;
    });
    if (created) return { readerId: created.id };
    // A random number that is taken already: draw again (after a few tries something else is wrong).
    if (attempt >= 5) throw new Error('no free card number after 6 attempts');
  }
}

/**
 * Sets a new PIN and answers the one-time PIN letter as a PDF. The card's sessions end; a linked
 * portal account stays linked (its login is not the PIN).
 */
export async function resetPin(
  actor: Actor,
  input: { readerId: string; ip: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ filename: string; bytes: Buffer }> {
  requireSection(actor, mayLend);
  const pin = newPin();
  const pinHash = await hashPassword(pin);
  const reader = await deps.db.transaction(async (tx) => {
    const row = await loadAuthorized(actor, () => findReader(tx, input.readerId, { forUpdate: true }), mayLend, 'Die Leserin oder der Leser');
    await tx.update(libraryReaders).set({ pinHash }).where(eq(libraryReaders.id, row.id));
    await tx.delete(libraryReaderSessions).where(eq(libraryReaderSessions.readerId, row.id));
    await audit(tx, actor, { action: 'library.reader.pin_reset', objectType: 'library_reader', objectId: row.id, ip: input.ip });
    return row;
  });
  const { municipality, baseUrl } = deps.config;
  const bytes = await renderPdf({
    title: 'Ihre PIN für das Büchereikonto',
    author: `${municipality.officialName} – Stadtbücherei`,
    lang: 'de-DE',
    letterhead: {
      sender: [`${municipality.officialName} – Stadtbücherei`, municipality.address.street, `${municipality.address.postalCode} ${municipality.address.city}`],
      recipient: [reader.name],
      date: germanDay(today()),
    },
    blocks: [
      { type: 'heading', text: 'Ihre PIN für das Büchereikonto' },
      { type: 'paragraph', text: `Guten Tag ${reader.name},` },
      {
        type: 'paragraph',
        text: 'mit Ihrer Ausweisnummer und dieser PIN melden Sie sich im Büchereikonto an. Dort sehen Sie Ihre Ausleihen, verlängern Medien und merken Titel vor.',
      },
      {
        type: 'fields',
        rows: [
          { label: 'Ausweisnummer', value: reader.cardNumber },
          { label: 'PIN', value: pin },
          { label: 'Büchereikonto', value: `${baseUrl}${LENDING_PATHS.login}` },
          { label: 'Ausweis gültig bis', value: germanDay(reader.expiresOn) },
        ],
      },
      {
        type: 'paragraph',
        text: 'Bewahren Sie diesen Brief sicher auf und geben Sie die PIN niemandem weiter. Die Bücherei kennt Ihre PIN nicht; wenn Sie sie vergessen, bekommen Sie an der Ausleihtheke einen neuen Brief.',
      },
    ],
    footer: `${municipality.officialName} · ${municipality.address.street} · ${municipality.address.postalCode} ${municipality.address.city}`,
  });
  return { filename: `PIN-Brief-${reader.cardNumber}.pdf`, bytes };
}

/** Extends (or corrects) how long a card is valid. */
export async function extendCard(actor: Actor, input: { readerId: string; expiresOn: string; ip: string }, deps: Pick<ModuleDeps, 'db'>): Promise<Outcome> {
  return withReaderAtDesk(actor, input.readerId, deps, async (tx, reader) => {
    if (input.expiresOn < today()) return refuse({ expiresOn: 'Das Datum liegt in der Vergangenheit. Geben Sie an, bis wann der Ausweis gelten soll.' });
    await tx.update(libraryReaders).set({ expiresOn: input.expiresOn }).where(eq(libraryReaders.id, reader.id));
    await audit(tx, actor, {
      action: 'library.reader.extended',
      objectType: 'library_reader',
      objectId: reader.id,
      details: { from: reader.expiresOn, to: input.expiresOn },
      ip: input.ip,
    });
    return { ok: true as const };
  });
}
