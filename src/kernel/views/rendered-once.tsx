import type { ComponentChildren, VNode } from 'preact';
import { jsxTemplate } from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { PageContextValue, usePageContext, type PageContext } from './context';

/** Markup by the data it shows, then by the municipality it was drawn for, then by its name. */
const rendered = new WeakMap<object, WeakMap<object, Map<string, string>>>();

function kept(per: object, municipality: object): Map<string, string> {
  let byMunicipality = rendered.get(per);
  if (!byMunicipality) rendered.set(per, (byMunicipality = new WeakMap()));
  let byName = byMunicipality.get(municipality);
  if (!byName) byMunicipality.set(municipality, (byName = new Map()));
  return byName;
}

/** The context without what belongs to one request, so a part that reads it fails at once instead of leaking it. */
function sharedPartOf(context: PageContext): PageContext {
  return {
    ...context,
    user: null,
    path: '',
    flash: undefined,
    sessionExpiresAt: undefined,
    staffSections: [],
    csrfToken: () => {
      throw new Error('RenderedOnce holds no forms: their CSRF token belongs to one visitor');
    },
  };
}

interface RenderedOnceProps {
  /**
   * The data the markup shows, as a cache hands it out: the same object until what it was read from
   * changes (`cachedQuery`), or the configuration. A new object renders anew; the old markup goes
   * with the old object.
   */
  per: object;
  /** Tells apart several parts drawn from the same data. */
  name: string;
  children: ComponentChildren;
}

/**
 * A part of a page that is the same for every request while its data stays (a section, a map of
 * fixed areas) is rendered once and then inserted as the string it became: pages that cannot be
 * cached whole, such as a list by a visitor's own position, do not draw their fixed parts again.
 * Only for markup that depends on `per` and the municipality alone: no forms (CSRF token), nothing
 * of the visitor, the path or the query.
 */
export function RenderedOnce({ per, name, children }: RenderedOnceProps): VNode {
  const context: PageContext = usePageContext();
  const byName = kept(per, context.municipality);
  let html = byName.get(name);
  if (html === undefined) {
    html = renderToString(<PageContextValue.Provider value={sharedPartOf(context)}>{children}</PageContextValue.Provider>);
    byName.set(name, html);
  }
  // A template vnode is written out as it is (already escaped when it was rendered), without a wrapper.
  return jsxTemplate([html]);
}
