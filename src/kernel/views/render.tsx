import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Crumb } from './components/lists';
import { PageContextValue, type PageContext } from './context';
import { Layout } from './layout';

export interface PageOptions {
  title: string;
  body: ComponentChildren;
  breadcrumbs?: Crumb[];
  /** A form shown again with errors: the title starts with "Fehler: " (GOV.UK, read first by screen readers). */
  hasErrors?: boolean;
  wide?: boolean;
  /** A page of the staff workspace `/verwaltung`: its own layout with the side navigation, full width. */
  workspace?: boolean;
}

/** Renders a page in the layout. Preact escapes every string child and attribute. */
export function renderPage(context: PageContext, options: PageOptions): string {
  const title = options.hasErrors ? `Fehler: ${options.title}` : options.title;
  const html = renderToString(
    <PageContextValue.Provider value={context}>
      <Layout title={title} breadcrumbs={options.breadcrumbs} wide={options.wide || options.workspace}>
        {options.body}
      </Layout>
    </PageContextValue.Provider>,
  );
  return `<!doctype html>${html}`;
}
