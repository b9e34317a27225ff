import type { Config } from '../../kernel/config';
import type { Database } from '../../kernel/db';
import type { MailSite } from './mails';

/** Where mail links point and who signs the mails, from the configuration. */
export function mailSite(config: Pick<Config, 'baseUrl' | 'municipality'>): MailSite {
  return { baseUrl: config.baseUrl, sender: config.municipality.officialName };
}

/** What the use cases of this module need: the database, the configuration, and who asked (IP, for audit and limits). */
export interface AccountDeps {
  db: Database;
  config: Config;
  ip: string;
}
