import { z } from 'zod';
import type { RawClaims } from './client';

/** What the portal takes from a provider's claims about a person. */
export interface OidcProfile {
  subject: string;
  /** Lower-cased; undefined when missing or not an address. */
  email: string | undefined;
  /** Only an explicit `email_verified: true` counts (some providers send the string "true"). */
  emailVerified: boolean;
  displayName: string;
}

const MAX_NAME = 200;
const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

function claimText(claims: RawClaims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function profileFromClaims(claims: RawClaims): OidcProfile {
  const parsedEmail = emailSchema.safeParse(claims.email);
  const email = parsedEmail.success ? parsedEmail.data : undefined;
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  const fullName = claimText(claims, 'name') ?? ([claimText(claims, 'given_name'), claimText(claims, 'family_name')].filter(Boolean).join(' ') || undefined);
  // The name shown in the header and in letters; the address's local part is the last resort.
  const displayName = (fullName ?? email?.split('@')[0] ?? 'Konto').slice(0, MAX_NAME);
  return { subject: claims.sub, email, emailVerified: email !== undefined && verified, displayName };
}
