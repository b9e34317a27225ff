import { z } from 'zod';
import { defineSettings, moduleSettings, type Config } from '../../../kernel/config';
import type { BbbServer } from './bbb/client';
import { CHECKSUM_ALGORITHMS } from './bbb/checksum';
import type { JitsiServer } from './jitsi/jwt';

export type WebinarSettings = { provider: 'bbb'; bbb: BbbServer } | { provider: 'jitsi'; jitsi: JitsiServer };

const optional = z.string().trim().min(1).optional();

/**
 * The conference system for webinars, from the environment only (the secrets must never sit in a
 * committed file): VHS_WEBINAR_PROVIDER=bbb with BBB_URL and BBB_SECRET (BBB_CHECKSUM_ALGORITHM,
 * default sha256), or =jitsi with JITSI_URL, JITSI_APP_ID and JITSI_APP_SECRET. Unset: no provider,
 * and webinar pages say that the access link comes by e-mail.
 */
export const webinarSettings = defineSettings('vhs.webinars', {
  env: z.object({
    VHS_WEBINAR_PROVIDER: z.enum(['bbb', 'jitsi']).optional(),
    BBB_URL: z.url().optional(),
    BBB_SECRET: optional,
    BBB_CHECKSUM_ALGORITHM: z.enum(CHECKSUM_ALGORITHMS).default('sha256'),
    JITSI_URL: z.url().optional(),
    JITSI_APP_ID: optional,
    JITSI_APP_SECRET: optional,
  }),
  resolve: ({ env, nodeEnv }, problem): WebinarSettings | undefined => {
    const https = (name: string, url: string) => {
      if (nodeEnv === 'production' && new URL(url).protocol !== 'https:') problem(`${name}: muss im Betrieb (production) eine https-Adresse sein`);
    };
    if (env.VHS_WEBINAR_PROVIDER === 'bbb') {
      if (!env.BBB_URL || !env.BBB_SECRET) return void problem('VHS_WEBINAR_PROVIDER: mit bbb sind auch BBB_URL und BBB_SECRET Pflicht');
      https('BBB_URL', env.BBB_URL);
      return { provider: 'bbb', bbb: { url: env.BBB_URL, sharedSecret: env.BBB_SECRET, algorithm: env.BBB_CHECKSUM_ALGORITHM } };
    }
    if (env.VHS_WEBINAR_PROVIDER === 'jitsi') {
      if (!env.JITSI_URL || !env.JITSI_APP_ID || !env.JITSI_APP_SECRET) {
        return void problem('VHS_WEBINAR_PROVIDER: mit jitsi sind auch JITSI_URL, JITSI_APP_ID und JITSI_APP_SECRET Pflicht');
      }
      https('JITSI_URL', env.JITSI_URL);
      return { provider: 'jitsi', jitsi: { url: env.JITSI_URL, appId: env.JITSI_APP_ID, appSecret: env.JITSI_APP_SECRET } };
    }
    if (env.BBB_SECRET || env.JITSI_APP_SECRET) {
      problem('VHS_WEBINAR_PROVIDER: fehlt; BBB_SECRET oder JITSI_APP_SECRET ist gesetzt, aber kein Konferenzsystem gewählt (bbb oder jitsi)');
    }
    return undefined;
  },
});

/** Where "Jetzt teilnehmen" redirects to: the conference server's origin must pass the CSP's form-action. */
export function webinarFormActionOrigins(config: Config): string[] {
  const settings = moduleSettings({ config }, webinarSettings);
  if (!settings) return [];
  return [new URL(settings.provider === 'bbb' ? settings.bbb.url : settings.jitsi.url).origin];
}
