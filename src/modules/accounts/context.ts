import type { MailSite } from './mails';

/** Request facts a use case needs besides its input: where mail links point, and who asked (IP, for audit and limits). */
export interface AccountContext {
  site: MailSite;
  ip: string;
}
