import { and, eq, isNull } from 'drizzle-orm';
import { audit } from '../../../../kernel/audit';
import { sha256, verifyPassword } from '../../../../kernel/auth';
import { consumeRateLimit, refuse, refundRateLimit, type Outcome } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { ReaderLogin } from '../../lending-schemas';
import { findReaderByCard, findReaderByUser } from '../../lending/repository';
import { libraryReaders } from '../../tables/lending';
import type { ReaderVisitor } from '../visitor';

const FIFTEEN_MINUTES = 15 * 60;
/** As the portal login: PINs are short, so guesses are counted per address and per card. */
const LIMITS = { ip: { limit: 20, windowSeconds: FIFTEEN_MINUTES }, card: { limit: 5, windowSeconds: FIFTEEN_MINUTES } };
const WRONG = 'Ausweisnummer oder PIN ist falsch.';

/**
 * Card number and PIN. A visitor logged in to the portal links the card to the account (once; then
 * the portal login is enough); anyone else gets a card session. Failures count against the rate
 * limit; a success gives its attempt back.
 */
export async function logInReader(
  visitor: ReaderVisitor,
  input: ReaderLogin & { ip: string },
  { db }: Pick<ModuleDeps, 'db'>,
): Promise<Outcome<{ readerId: string; linked: boolean }>> {
  const keys = [`library.login:ip:${input.ip}`, `library.login:card:${sha256(input.cardNumber.toLowerCase()).slice(0, 32)}`];
  await consumeRateLimit(db, keys[0] ?? '', LIMITS.ip);
  await consumeRateLimit(db, keys[1] ?? '', LIMITS.card);
  const reader = await findReaderByCard(db, input.cardNumber);
  if (!(await verifyPassword(reader?.pinHash, input.pin)) || !reader) return refuse({ cardNumber: WRONG });
  await refundRateLimit(db, keys);
  const user = visitor.user;
  if (!user || reader.userId === user.id) return { ok: true, readerId: reader.id, linked: reader.userId !== null && reader.userId === user?.id };
  if (reader.userId) return refuse({ cardNumber: 'Dieser Ausweis ist schon mit einem anderen Bürgerkonto verbunden. Bitte wenden Sie sich an die Bücherei.' });
  if (await findReaderByUser(db, user.id)) {
    return refuse({ cardNumber: 'Mit Ihrem Bürgerkonto ist schon ein anderer Ausweis verbunden. Lösen Sie zuerst diese Verbindung.' });
  }
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .update(libraryReaders)
      .set({ userId: user.id })
      .where(and(eq(libraryReaders.id, reader.id), isNull(libraryReaders.userId)))
      .returning({ id: libraryReaders.id });
    if (!linked) return refuse({ cardNumber: 'Dieser Ausweis ist schon mit einem anderen Bürgerkonto verbunden. Bitte wenden Sie sich an die Bücherei.' });
    await audit(tx, user, { action: 'library.reader.linked', objectType: 'library_reader', objectId: reader.id, ip: input.ip });
    return { ok: true as const, readerId: reader.id, linked: true };
  });
}
