import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Actor } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import type { Database } from '../../../kernel/db';
import type { FileStore } from '../../../kernel/files';
import { guestApplicationIds } from './guest-access';

/** What the apply use cases need: the database, configuration and the file store (attachments). */
export interface ApplyDeps {
  db: Database;
  config: Config;
  files: FileStore;
}

/** Use cases that may refuse a tampered request also write to the request's log. */
export type PageDeps = ApplyDeps & { log: FastifyBaseLogger };

/** Who is applying: the logged-in person, and the applications a guest proved access to. */
export interface Applicant {
  actor: Actor;
  guestIds: readonly string[];
  ip: string;
}

export function applicantOf(request: FastifyRequest, config: Config): Applicant {
  return { actor: request.user, guestIds: guestApplicationIds(request, config.secret), ip: request.ip };
}
