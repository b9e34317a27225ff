import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CurrentUser } from '../auth/actor';
import type { Municipality } from '../config';

export interface NavItem {
  href: string;
  label: string;
  /** One sentence for the start page's overview of offers. */
  description?: string;
}

/** Everything the layout and form components need from the request; passed down as a Preact context. */
export interface PageContext {
  municipality: Municipality;
  user: CurrentUser | null;
  /** Lazily creates the anonymous CSRF cookie, so pages without forms stay cookie-free. */
  csrfToken: () => string;
  path: string;
  navigation: NavItem[];
  /** Links in the account area, contributed by modules (e.g. "Verwaltung" for staff). */
  accountLinks: NavItem[];
  flash: string | undefined;
  sessionExpiresAt: Date | undefined;
}

export const PageContextValue = createContext<PageContext | null>(null);

export function usePageContext(): PageContext {
  const context = useContext(PageContextValue);
  if (!context) throw new Error('usePageContext outside of a rendered page');
  return context;
}
