import type { ComponentChildren } from 'preact';
import { ASSET_VERSION } from './assets';
import { usePageContext } from './context';
import { DocumentHead } from './layout';
import type { HeadExtras } from './head-extras';

export interface BareLayoutProps {
  title: string;
  children: ComponentChildren;
  head?: HeadExtras;
}

/**
 * A page shown on a screen nobody browses from (the waiting room's call-up display): the town's logo
 * and name, then the page itself in `main`; no navigation, search, account links or footer.
 */
export function BareLayout({ title, children, head }: BareLayoutProps) {
  const { municipality } = usePageContext();
  return (
    <html lang="de">
      <DocumentHead title={title} extras={head} />
      <body class="bare-page">
        <header class="bare-page__header">
          <img src={`/assets/logo?v=${ASSET_VERSION}`} alt="" width="40" height="46" />
          <span class="bare-page__name">{municipality.officialName}</span>
        </header>
        <main id="main" class="bare-page__main">
          {children}
        </main>
      </body>
    </html>
  );
}
