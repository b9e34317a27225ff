import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Crumb } from './components/lists';
import { PageContextValue, type PageContext } from './context';
import type { HeadExtras } from './head-extras';
import { BareLayout } from './bare-layout';
import { Layout } from './layout';
import { WorkspaceLayout } from './workspace-layout';

export interface PageOptions {
  title: string;
  body: ComponentChildren;
  breadcrumbs?: Crumb[];
  /** A form shown again with errors: the title starts with "Fehler: " (GOV.UK, read first by screen readers). */
  hasErrors?: boolean;
  wide?: boolean;
  /** A page of the staff workspace `/verwaltung`: its own layout with the side navigation, full width. */
  workspace?: boolean;
  /** Alternate representations and structured data in the head (citizen pages). */
  head?: HeadExtras;
  /** A screen nobody browses from (a waiting room's display): the town's name and the page, no navigation or footer. */
  bare?: boolean;
}

/** Renders a page in the layout. Preact escapes every string child and attribute. */
export function renderPage(context: PageContext, options: PageOptions): string {
  const title = options.hasErrors ? `Fehler: ${options.title}` : options.title;
  const layout = options.bare ? (
    <BareLayout title={title} head={options.head}>
      {options.body}
    </BareLayout>
  ) : options.workspace ? (
    <WorkspaceLayout title={title} breadcrumbs={options.breadcrumbs}>
      {options.body}
    </WorkspaceLayout>
  ) : (
    <Layout title={title} breadcrumbs={options.breadcrumbs} wide={options.wide} head={options.head}>
      {options.body}
    </Layout>
  );
  const html = renderToString(<PageContextValue.Provider value={context}>{layout}</PageContextValue.Provider>);
  return `<!doctype html>${html}`;
}
