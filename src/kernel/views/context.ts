import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CurrentUser } from '../auth/actor';
import type { Municipality } from '../config';
import type { AccountPaths, StaffSection } from '../module';

export interface NavItem {
  href: string;
  label: string;
  /** One sentence for the start page's overview of offers. */
  description?: string;
  /**
   * Main navigation only: the `href` of the hub entry this one is placed under ("Transparenz"). The
   * header shows the hub instead of it, marked current on its pages; the hub's page lists it.
   */
  under?: string;
}

/** The main navigation's entries placed under the hub at `href`, in navigation order. */
export function itemsUnder(navigation: readonly NavItem[], href: string): NavItem[] {
  return navigation.filter((item) => item.under === href);
}

/** Everything the layout and form components need from the request; passed down as a Preact context. */
export interface PageContext {
  municipality: Municipality;
  user: CurrentUser | null;
  /** Lazily creates the anonymous CSRF cookie, so pages without forms stay cookie-free. */
  csrfToken: () => string;
  path: string;
  navigation: NavItem[];
  /** Login, registration, account and logout URLs of the module that sets `accountPaths`; none without it. */
  accountPaths: AccountPaths | undefined;
  /** Every page's footer links, from the modules (`footerLinks`). */
  footerLinks: NavItem[];
  /** Where the header's search form sends `q` (the module that sets `searchPage`); no form without one. */
  searchPage: string | undefined;
  /** The workspace sections this person may open (already filtered by `allowed`); empty for everyone else. */
  staffSections: readonly StaffSection[];
  flash: string | undefined;
  sessionExpiresAt: Date | undefined;
}

export const PageContextValue = createContext<PageContext | null>(null);

export function usePageContext(): PageContext {
  const context = useContext(PageContextValue);
  if (!context) throw new Error('usePageContext outside of a rendered page');
  return context;
}
