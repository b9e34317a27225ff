import { errors } from '../../../../kernel/http';
import type { ModuleDeps } from '../../../../kernel/module';
import type { DocumentRef } from '../../lending/connector';
import { connectorFor } from '../../lending/connectors';
import { readerOf, type ReaderVisitor } from '../visitor';

export type ReaderActionKind = 'renew' | 'cancel' | 'request';

/**
 * Renew a loan, delete a hold or place one, through the connector. Answers the connector's
 * refusal as a sentence; a visitor without a card is asked to log in (401).
 */
export async function readerAction(
  visitor: ReaderVisitor,
  input: { kind: ReaderActionKind; doc: DocumentRef },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ ok: true; doc: { about?: string; endtime?: string; queue?: number } } | { ok: false; message: string }> {
  const reader = await readerOf(deps.db, visitor);
  if (!reader) throw errors.loginRequired();
  const connector = connectorFor(deps);
  const [answer] = await connector[input.kind](reader.id, [input.doc]);
  if (!answer) throw new Error('connector answered no document');
  if (answer.error) return { ok: false, message: answer.error };
  return { ok: true, doc: answer };
}
