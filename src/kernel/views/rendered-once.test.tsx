import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { testConfig } from '../../../tests/support/test-app';
import { Form } from './components/form';
import { PageContextValue, usePageContext, type PageContext } from './context';
import { RenderedOnce } from './rendered-once';

const config = testConfig();

function contextFor(path: string, municipality = config.municipality): PageContext {
  return {
    municipality,
    user: null,
    csrfToken: () => 'token-of-one-visitor',
    path,
    navigation: [],
    accountPaths: undefined,
    footerLinks: [],
    searchPage: undefined,
    staffSections: [],
    flash: undefined,
    sessionExpiresAt: undefined,
  };
}

let drawn = 0;

/** Counts its renderings and shows its data, the town and (wrongly, for the test) the path. */
function Part({ words }: { words: readonly string[] }) {
  drawn++;
  const { municipality, path } = usePageContext();
  return <p class="part">{`${words.join(' & ')} in ${municipality.name}${path}`}</p>;
}

const page = (context: PageContext, per: object, words: readonly string[]) =>
  renderToString(
    <PageContextValue.Provider value={context}>
      <main>
        <RenderedOnce per={per} name="part">
          <Part words={words} />
        </RenderedOnce>
      </main>
    </PageContextValue.Provider>,
  );

describe('RenderedOnce: fixed parts of a page drawn once per data', () => {
  it('draws once per data object and inserts the same escaped markup, without a wrapper', () => {
    const data = ['<Rad>', 'Weg'];
    drawn = 0;
    const first = page(contextFor('/a'), data, data);
    const second = page(contextFor('/b'), data, data);
    assert.equal(drawn, 1);
    assert.equal(first, second, 'the second visitor gets the same markup');
    assert.equal(first, `<main><p class="part">&lt;Rad> &amp; Weg in ${config.municipality.name}</p></main>`, 'escaped, and nothing of the path');
  });

  it('draws anew for new data, and for another municipality', () => {
    drawn = 0;
    const changed = ['Neu'];
    page(contextFor('/'), changed, changed);
    page(contextFor('/', { ...config.municipality, name: 'Menden (Sauerland)' }), changed, changed);
    assert.equal(drawn, 2);
  });

  it('refuses a form: its CSRF token belongs to one visitor', () => {
    assert.throws(
      () =>
        renderToString(
          <PageContextValue.Provider value={contextFor('/')}>
            <RenderedOnce per={{}} name="form">
              <Form action="/x">
                <p>Formular</p>
              </Form>
            </RenderedOnce>
          </PageContextValue.Provider>,
        ),
      /no forms/,
    );
  });
});
