import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../kernel/auth';
import type { Config } from '../../../kernel/config';
import { guestApplicationIds } from './guest-access';

/**
 * Who is applying (the `actor` of the apply use cases, which take `(who, input, deps)`): the
 * logged-in person, the applications a guest proved access to, and the address for the audit log.
 */
export interface Applicant {
  actor: Actor;
  guestIds: readonly string[];
  ip: string;
}

export function applicantOf(request: FastifyRequest, config: Config): Applicant {
  return { actor: request.user, guestIds: guestApplicationIds(request, config.secret), ip: request.ip };
}
