import type { Actor } from '../../../kernel/auth';
import type { Executor } from '../../../kernel/db';
import { findReader, findReaderByUser } from '../lending/repository';
import type { LibraryReader } from '../tables/lending';
import { readerIdOfToken } from './reader-session';

/** Who is asking on the reader pages: perhaps a portal account, perhaps a card session, perhaps neither. */
export interface ReaderVisitor {
  user: Actor;
  /** The card session's token from the cookie. */
  readerToken: string | undefined;
}

/** The card of this visitor: the one linked to their portal account, else the card they logged in with. */
export async function readerOf(db: Executor, visitor: ReaderVisitor): Promise<LibraryReader | undefined> {
  if (visitor.user) {
    const linked = await findReaderByUser(db, visitor.user.id);
    if (linked) return linked;
  }
  const readerId = visitor.readerToken ? await readerIdOfToken(db, visitor.readerToken) : undefined;
  return readerId ? findReader(db, readerId) : undefined;
}
