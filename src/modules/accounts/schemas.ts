import { z } from 'zod';
import { checkbox, email, newPassword } from '../../kernel/http';

/**
 * Form schemas of the account journeys. Messages say what to do (docs/design.md); field names are a
 * contract with the browser tests and must not change.
 */

/** The name is only shown on the portal, never put into e-mails (it is chosen by whoever registers). */
const displayName = z
  .string({ error: 'Geben Sie Ihren Namen an.' })
  .trim()
  .min(1, { error: 'Geben Sie Ihren Namen an.' })
  .max(100, { error: 'Ihr Name darf höchstens 100 Zeichen lang sein.' })
  .regex(/^[^\p{Cc}\p{Cs}]*$/u, { error: 'Ihr Name darf nur sichtbare Zeichen enthalten.' });

/** An existing password: length is only capped, so hashing a huge string cannot be forced. */
const password = (missing: string) =>
  z.string({ error: missing }).min(1, { error: missing }).max(256, { error: 'Das Passwort darf höchstens 256 Zeichen lang sein.' });

/**
 * A password the use case checks only where the account has one (accounts created through
 * OpenID Connect have none), so an empty value is allowed here.
 */
const confirmingPassword = z
  .string({ error: 'Geben Sie Ihr Passwort ein.' })
  .max(256, { error: 'Das Passwort darf höchstens 256 Zeichen lang sein.' })
  .default('');

export const registerSchema = z.object({
  displayName,
  email: email(),
  password: newPassword(),
  privacy: checkbox('Bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.'),
});
export type RegisterInput = z.output<typeof registerSchema>;

export const loginSchema = z.object({
  email: email(),
  password: password('Geben Sie Ihr Passwort ein.'),
});
export type LoginInput = z.output<typeof loginSchema>;

/** Resending the confirmation link and requesting a password reset ask for the address only. */
export const emailOnlySchema = z.object({ email: email() });

export const newPasswordSchema = z.object({ password: newPassword() });

export const changePasswordSchema = z.object({
  currentPassword: confirmingPassword,
  newPassword: newPassword(),
});
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const changeEmailSchema = z.object({
  email: email('Ihre neue E-Mail-Adresse'),
  password: confirmingPassword,
});
export type ChangeEmailInput = z.output<typeof changeEmailSchema>;

export const deleteAccountSchema = z.object({
  password: confirmingPassword,
  confirm: checkbox('Bestätigen Sie, dass Ihr Konto endgültig gelöscht werden soll.'),
});
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;

/** Links sent by e-mail carry a randomToken(): 32 bytes in base64url are 43 characters. */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The pseudonym of a deleted account (pseudonymFor: 12 hex digits), as the confirmation cookie carries it. */
export const pseudonymParam = z.string().regex(/^[0-9a-f]{12}$/);
