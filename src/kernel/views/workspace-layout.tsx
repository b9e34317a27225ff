import type { ComponentChildren } from 'preact';
import type { StaffSection } from '../module';
import { Breadcrumbs, type Crumb } from './components/lists';
import { NotificationBanner } from './components/feedback';
import { usePageContext } from './context';
import { DocumentHead, LegalLinks, LogoutButton } from './layout';
import { currentHref, groupSections, openGroups, WORKSPACE_HOME, WORKSPACE_PATH } from './workspace-nav';

/** Top bar: whose workspace this is, who is logged in, the way back to the portal and out. */
function WorkspaceBar() {
  const { municipality, user, accountPaths } = usePageContext();
  return (
    <header class="workspace-bar">
      <div class="workspace-bar__inner">
        <a href={WORKSPACE_PATH} class="workspace-bar__title">
          <span class="workspace-bar__name">{municipality.officialName}</span>
          <span class="workspace-bar__area">Verwaltung</span>
        </a>
        <nav aria-label="Benutzerkonto">
          <ul class="workspace-bar__account">
            {user && (
              <li class="workspace-bar__user">
                <span class="visually-hidden">Angemeldet als </span>
                {user.displayName}
              </li>
            )}
            <li>
              <a href="/">Zum Portal</a>
            </li>
            {accountPaths && (
              <li>
                <LogoutButton action={accountPaths.logout} />
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function NavLink({ href, label, current }: { href: string; label: string; current: string | undefined }) {
  return (
    <li>
      <a href={href} aria-current={href === current ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
}

/**
 * The side navigation from every module's staff sections this person may open. It is a
 * `<details>`: on narrow screens a closed disclosure (no JavaScript needed); on wide screens the
 * stylesheet shows its content always and hides the summary (only where `::details-content` is
 * supported, so older browsers keep a working disclosure). Inside it each area is a `<details>` of
 * its own, so an admin tabs past closed areas instead of through some forty links; which start
 * open is decided by `openGroups`.
 */
function WorkspaceNav({ sections, path }: { sections: readonly StaffSection[]; path: string }) {
  const groups = groupSections(sections);
  const current = currentHref(path, [WORKSPACE_HOME.href, ...sections.map((section) => section.href)]);
  const open = openGroups(groups, current);
  return (
    <nav class="workspace-nav" aria-label="Bereiche der Verwaltung">
      <details class="workspace-nav__disclosure">
        <summary class="workspace-nav__toggle">Bereiche der Verwaltung</summary>
        <ul class="workspace-nav__list">
          <NavLink {...WORKSPACE_HOME} current={current} />
        </ul>
        {groups.map((group, index) => (
          <details class="workspace-nav__group" open={open.has(group)}>
            <summary class="workspace-nav__heading" id={`workspace-nav-group-${index}`}>
              {group.label}
            </summary>
            <ul class="workspace-nav__list" aria-labelledby={`workspace-nav-group-${index}`}>
              {group.sections.map((section) => (
                <NavLink href={section.href} label={section.label} current={current} />
              ))}
            </ul>
          </details>
        ))}
      </details>
    </nav>
  );
}

function WorkspaceFooter() {
  return (
    <footer class="workspace-footer">
      <LegalLinks listClass="workspace-footer__links" />
    </footer>
  );
}

export interface WorkspaceLayoutProps {
  title: string;
  children: ComponentChildren;
  breadcrumbs?: Crumb[];
}

/** Layout of the staff workspace `/verwaltung`: top bar, side navigation, content at full width. */
export function WorkspaceLayout({ title, children, breadcrumbs = [] }: WorkspaceLayoutProps) {
  const { flash, sessionExpiresAt, staffSections, path, accountPaths } = usePageContext();
  return (
    <html lang="de">
      <DocumentHead title={title} />
      <body class="workspace-body" data-session-expires={sessionExpiresAt?.toISOString()} data-session-extend={accountPaths?.extendSession}>
        <a href="#main" class="skip-link">
          Zum Inhalt springen
        </a>
        <WorkspaceBar />
        <div class="workspace">
          <WorkspaceNav sections={staffSections} path={path} />
          <div class="workspace-content">
            <Breadcrumbs items={breadcrumbs} />
            <main id="main" tabIndex={-1} class="workspace-main">
              {flash && <NotificationBanner kind="success" title={flash} />}
              {children}
            </main>
          </div>
        </div>
        <WorkspaceFooter />
      </body>
    </html>
  );
}
