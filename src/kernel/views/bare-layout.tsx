import type { ComponentChildren } from 'preact';
import { ASSET_VERSION } from './assets';
import { usePageContext } from './context';
import { DocumentHead, LegalLinks } from './layout';
import type { HeadExtras } from './head-extras';

export interface BareLayoutProps {
  title: string;
  children: ComponentChildren;
  head?: HeadExtras;
}

/**
 * A page shown on a screen nobody browses from (the waiting room's call-up display): the town's logo
 * and name (linked to the start page), then the page itself in `main`; no navigation, search, account
 * links or footer. The skip link stays (every page's first Tab stop is the same), and so do the legal
 * links, in one small line: Impressum and the accessibility statement are required on every page.
 */
export function BareLayout({ title, children, head }: BareLayoutProps) {
  const { municipality } = usePageContext();
  return (
    <html lang="de">
      <DocumentHead title={title} extras={head} />
      <body class="bare-page">
        <a href="#main" class="skip-link">
          Zum Inhalt springen
        </a>
        <header class="bare-page__header">
          <a href="/" class="bare-page__home">
            <img src={`/assets/logo?v=${ASSET_VERSION}`} alt="" width="40" height="46" />
            {municipality.officialName}
          </a>
        </header>
        <main id="main" tabIndex={-1} class="bare-page__main">
          {children}
        </main>
        <LegalLinks listClass="bare-page__legal" />
      </body>
    </html>
  );
}
