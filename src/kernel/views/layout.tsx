import type { ComponentChildren } from 'preact';
import { Breadcrumbs, type Crumb } from './components/lists';
import { NotificationBanner } from './components/feedback';
import { Button, Form } from './components/form';
import { isStaff } from '../auth/actor';
import { usePageContext } from './context';
import { HeadExtrasElements, type HeadExtras } from './head-extras';
import { ASSET_VERSION } from './assets';
import { marksCurrent, trailThroughHeader } from './main-nav';
import { WORKSPACE_PATH } from './workspace-nav';

/** Stylesheets, script and title, the same for the citizen layout and the workspace layout. */
export function DocumentHead({ title, extras }: { title: string; extras?: HeadExtras }) {
  const { municipality } = usePageContext();
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} – ${municipality.officialName}`}</title>
      <link rel="stylesheet" href={`/assets/portal.css?v=${ASSET_VERSION}`} />
      <link rel="stylesheet" href={`/assets/theme.css?v=${ASSET_VERSION}`} />
      <link rel="icon" href={`/assets/logo?v=${ASSET_VERSION}`} />
      <script src={`/assets/portal.js?v=${ASSET_VERSION}`} defer />
      <HeadExtrasElements extras={extras} />
    </head>
  );
}

/** "Abmelden" is a POST (with CSRF token): a link could be triggered by any page that embeds it. */
export function LogoutButton({ action }: { action: string }) {
  return (
    <Form action={action} class="inline-form">
      <Button variant="link">Abmelden</Button>
    </Form>
  );
}

/** Account links; their URLs come from the accounts module's manifest (`accountPaths`): the kernel knows no module. */
function AccountArea() {
  const { user, accountPaths } = usePageContext();
  if (!accountPaths) return null;
  if (!user) {
    return (
      <ul class="account-nav">
        <li>
          <a href={accountPaths.login}>Anmelden</a>
        </li>
        <li>
          <a href={accountPaths.register}>Registrieren</a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="account-nav">
      <li>
        <a href={accountPaths.account}>Mein Konto</a>
      </li>
      {isStaff(user) && (
        <li>
          <a href={WORKSPACE_PATH}>Verwaltung</a>
        </li>
      )}
      <li>
        <LogoutButton action={accountPaths.logout} />
      </li>
    </ul>
  );
}

/** GET form: works without JavaScript, and the results page can be bookmarked. */
function SearchForm() {
  const { searchPage } = usePageContext();
  if (!searchPage) return null;
  return (
    <form class="site-search" action={searchPage} method="get" role="search">
      <label class="visually-hidden" for="site-search-q">
        Suche im Portal
      </label>
      <input class="input site-search__input" type="search" id="site-search-q" name="q" />
      <button type="submit" class="button site-search__button">
        Suchen
      </button>
    </form>
  );
}

/** The header's entries: those placed under a hub are reached through it, and mark it current on their pages. */
function MainNavigation() {
  const { navigation, path } = usePageContext();
  const entries = navigation.filter((item) => !item.under);
  if (entries.length === 0) return null;
  return (
    <nav class="main-nav" aria-label="Hauptnavigation">
      <ul class="container">
        {entries.map((item) => (
          <li>
            <a href={item.href} aria-current={marksCurrent(navigation, item, path) ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Header() {
  const { municipality } = usePageContext();
  return (
    <header class="site-header">
      <div class="kopfzeile">
        <div class="container">Offizielle Website der {municipality.officialName}</div>
      </div>
      <div class="container site-header__bar">
        <a href="/" class="site-header__home">
          <img src={`/assets/logo?v=${ASSET_VERSION}`} alt="" width="40" height="46" />
          <span class="site-header__name">
            {municipality.officialName}
            <span class="site-header__tagline">Stadtportal</span>
          </span>
        </a>
        <SearchForm />
        <nav aria-label="Benutzerkonto">
          <AccountArea />
        </nav>
      </div>
      <MainNavigation />
    </header>
  );
}

/** The legal links every page carries, citizen or staff (the accessibility statement must be reachable, BITV 2.0 § 7). */
export function LegalLinks({ listClass }: { listClass: string }) {
  const { footerLinks } = usePageContext();
  if (footerLinks.length === 0) return null;
  return (
    <nav aria-label="Rechtliches und Barrierefreiheit">
      <ul class={listClass}>
        {footerLinks.map((link) => (
          <li>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer() {
  const { municipality } = usePageContext();
  const { address, contact } = municipality;
  return (
    <footer class="site-footer">
      <div class="container">
        <LegalLinks listClass="site-footer__links" />
        <address class="site-footer__address">
          {municipality.officialName}, {address.street}, {address.postalCode} {address.city} · Telefon {contact.phone} ·{' '}
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </address>
        <p class="site-footer__licence">
          Stadtportal ist freie Software unter der <a href="https://interoperable-europe.ec.europa.eu/collection/eupl">EUPL-1.2</a>.
        </p>
      </div>
    </footer>
  );
}

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
  breadcrumbs?: Crumb[];
  /** Wide pages (back office tables) use the full container instead of the reading column. */
  wide?: boolean;
  head?: HeadExtras;
}

export function Layout({ title, children, breadcrumbs = [], wide, head }: LayoutProps) {
  const { flash, sessionExpiresAt, accountPaths, navigation, path } = usePageContext();
  return (
    <html lang="de">
      <DocumentHead title={title} extras={head} />
      <body data-session-expires={sessionExpiresAt?.toISOString()} data-session-extend={accountPaths?.extendSession}>
        <a href="#main" class="skip-link">
          Zum Inhalt springen
        </a>
        <Header />
        <div class="container page">
          <Breadcrumbs items={trailThroughHeader(breadcrumbs, navigation, path)} />
          <main id="main" tabIndex={-1} class={wide ? 'main main--wide' : 'main'}>
            {flash && <NotificationBanner kind="success" title={flash} />}
            {children}
          </main>
        </div>
        <Footer />
      </body>
    </html>
  );
}
