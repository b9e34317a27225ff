import type { Mail } from '../../../kernel/mail';
import { SEARCH_PATHS } from '../paths';
import { CONFIRM_HOURS, confirmToken, manageToken, unsubscribeToken } from './tokens';

export interface MailContext {
  baseUrl: string;
  secret: string;
  town: string;
}

/** Unconfirmed alerts are deleted this long after they were asked for (jobs.ts). */
export const UNCONFIRMED_DAYS = 3;

/** The double opt-in mail: the only mail before the confirmation. */
export function confirmationMail(context: MailContext, to: string, id: string, label: string, now: Date): Mail {
  return {
    to,
    subject: `Bitte bestätigen Sie Ihre Benachrichtigung: ${label}`,
    text: [
      'Guten Tag,',
      '',
      `Sie möchten von der Ratsinformation ${context.town} per E-Mail benachrichtigt werden, wenn es Neues gibt zu:`,
      label,
      '',
      `Bitte bestätigen Sie das über diesen Link (er gilt ${CONFIRM_HOURS} Stunden):`,
      `${context.baseUrl}${SEARCH_PATHS.confirm(confirmToken(context.secret, id, now))}`,
      '',
      `Haben Sie das nicht selbst veranlasst? Dann brauchen Sie nichts zu tun: Ohne Bestätigung schicken wir Ihnen nichts weiter und löschen Ihre Adresse nach ${UNCONFIRMED_DAYS} Tagen.`,
    ].join('\n'),
  };
}

/** Asked again for an alert the address has already: no second confirmation, a link to manage it instead. */
export function alreadySubscribedMail(context: MailContext, to: string, id: string, label: string): Mail {
  return {
    to,
    subject: `Sie erhalten diese Benachrichtigung bereits: ${label}`,
    text: [
      'Guten Tag,',
      '',
      `für diese Adresse ist die Benachrichtigung „${label}“ schon eingerichtet. Sie müssen nichts weiter tun.`,
      '',
      'Ihre Benachrichtigungen ansehen oder abbestellen:',
      `${context.baseUrl}${SEARCH_PATHS.manage(manageToken(context.secret, id))}`,
    ].join('\n'),
  };
}

/** One line of a digest: what is new, with its link. */
export interface DigestLine {
  text: string;
  path: string;
}

export interface DigestSection {
  id: string;
  label: string;
  lines: DigestLine[];
}

/**
 * The daily digest of one address: a section per alert with news, each with its own unsubscribe link;
 * the mail's List-Unsubscribe (RFC 8058) ends every alert of the address in one click.
 */
export function digestMail(context: MailContext, to: string, sections: readonly DigestSection[]): Mail {
  const first = sections[0]!.id;
  const unsubscribeAll = `${context.baseUrl}${SEARCH_PATHS.unsubscribe(unsubscribeToken(context.secret, first, 'all'))}`;
  const count = sections.reduce((sum, section) => sum + section.lines.length, 0);
  return {
    to,
    subject: `Ratsinformation ${context.town}: ${count === 1 ? '1 Neuigkeit' : `${count} Neuigkeiten`} zu Ihren Benachrichtigungen`,
    text: [
      'Guten Tag,',
      '',
      'seit unserer letzten Nachricht gibt es Neues in der Ratsinformation:',
      ...sections.flatMap((section) => [
        '',
        `== ${section.label} ==`,
        ...section.lines.map((line) => `– ${line.text}\n  ${context.baseUrl}${line.path}`),
        `Diese Benachrichtigung abbestellen: ${context.baseUrl}${SEARCH_PATHS.unsubscribe(unsubscribeToken(context.secret, section.id, 'one'))}`,
      ]),
      '',
      `Alle Ihre Benachrichtigungen ansehen oder abbestellen: ${context.baseUrl}${SEARCH_PATHS.manage(manageToken(context.secret, first))}`,
      `Alle auf einmal abbestellen: ${unsubscribeAll}`,
    ].join('\n'),
    headers: { 'List-Unsubscribe': `<${unsubscribeAll}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
