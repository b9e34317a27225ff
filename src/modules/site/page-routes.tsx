import type { FastifyInstance } from 'fastify';
import type { Config } from '../../kernel/config';
import type { Crumb } from '../../kernel/views';
import { oidcLoginLink } from '../accounts';
import { stateLaw } from './legal';
import { isPlayable } from './media';
import { PATHS } from './paths';
import { AccessibilityPage } from './views/accessibility';
import { ContactPage } from './views/contact';
import { EasyLanguagePage } from './views/easy-language';
import { ImprintPage } from './views/imprint';
import { PrivacyPage } from './views/privacy';
import { SignLanguagePage } from './views/sign-language';

export const HOME_CRUMB: Crumb[] = [{ href: PATHS.home, label: 'Startseite' }];

/** Hosts of configured videos that do not come from the portal itself (named in the Datenschutzerklärung). */
function externalVideoHosts(config: Config): string[] {
  const hosts = config.municipality.signLanguageVideos.flatMap((video) => (/^https:\/\//.test(video.src) ? [new URL(video.src).host] : []));
  return [...new Set(hosts)];
}

/** Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache, Gebärdensprache, Kontakt: all from configuration. */
export function registerPageRoutes(app: FastifyInstance, config: Config, mediaRoots: string[]): void {
  const { municipality } = config;
  const law = stateLaw(config);

  app.get(PATHS.imprint, (_request, reply) => reply.page({ title: 'Impressum', breadcrumbs: HOME_CRUMB, body: <ImprintPage municipality={municipality} /> }));

  app.get(PATHS.privacy, (_request, reply) =>
    reply.page({
      title: 'Datenschutzerklärung',
      breadcrumbs: HOME_CRUMB,
      body: (
        <PrivacyPage
          municipality={municipality}
          law={law}
          externalVideoHosts={externalVideoHosts(config)}
          externalLogin={oidcLoginLink(config)?.label}
          mailRetentionDays={config.mail.retentionDays}
        />
      ),
    }),
  );

  app.get(PATHS.accessibility, (_request, reply) =>
    reply.page({
      title: 'Erklärung zur Barrierefreiheit',
      breadcrumbs: HOME_CRUMB,
      body: <AccessibilityPage municipality={municipality} law={law} baseUrl={config.baseUrl} />,
    }),
  );

  app.get(PATHS.easyLanguage, (_request, reply) =>
    reply.page({ title: 'Leichte Sprache', breadcrumbs: HOME_CRUMB, body: <EasyLanguagePage municipality={municipality} /> }),
  );

  app.get(PATHS.signLanguage, (_request, reply) => {
    // Checked per request: a file copied into an existing media folder shows up without a restart.
    const videos = municipality.signLanguageVideos.map((video) => ({ ...video, playable: isPlayable(mediaRoots, video.src) }));
    return reply.page({ title: 'Gebärdensprache', breadcrumbs: HOME_CRUMB, body: <SignLanguagePage municipality={municipality} law={law} videos={videos} /> });
  });

  app.get(PATHS.contact, (_request, reply) => reply.page({ title: 'Kontakt', breadcrumbs: HOME_CRUMB, body: <ContactPage municipality={municipality} /> }));
}
