import { Button, Form, InsetText, NotificationBanner, TextField } from '../../../kernel/views';
import { SEARCH_PATHS } from '../paths';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, type SearchInput } from '../schemas';
import type { PortalSearchResult } from '../use-cases/search-portal';
import { NoHits, StartHere } from './no-hits';
import { ResultGroups } from './result-groups';

export interface SearchPageProps {
  input: SearchInput;
  result: PortalSearchResult;
}

const SHORTENED = {
  chars: `Ihr Suchbegriff war länger als ${MAX_QUERY_CHARS} Zeichen. Wir haben nach den ersten ${MAX_QUERY_CHARS} Zeichen gesucht.`,
  terms: `Ihr Suchbegriff hatte mehr als ${MAX_QUERY_TERMS} Wörter. Wir haben nach den ersten ${MAX_QUERY_TERMS} Wörtern gesucht.`,
};

/** "Suche": one GET form (works without JavaScript), then the hits of every area, or what to try instead. */
export function SearchPage({ input, result }: SearchPageProps) {
  return (
    <>
      <h1>Suche</h1>
      <p class="lead">Durchsuchen Sie alle Bereiche des Portals mit einem Suchbegriff.</p>
      <Form action={SEARCH_PATHS.search} method="get" label="Portal durchsuchen">
        <TextField name="q" type="search" label="Suchbegriff" hint="Zum Beispiel: Hund anmelden, Personalausweis, Umzug" value={input.q} spellcheck />
        <Button>Suchen</Button>
      </Form>
      {input.shortened && <InsetText>{SHORTENED[input.shortened]}</InsetText>}
      {result.failed.length > 0 && (
        <NotificationBanner kind="warning" title="Nicht alle Bereiche konnten durchsucht werden.">
          <p>
            {result.failed.map((failure) => failure.area).join(', ')}: Dieser Bereich konnte gerade nicht durchsucht werden. Bitte versuchen Sie es in einigen
            Minuten noch einmal.
          </p>
        </NotificationBanner>
      )}
      <Results input={input} result={result} />
    </>
  );
}

function Results({ input, result }: SearchPageProps) {
  if (!input.q) return <StartHere />;
  if (!input.searchable) {
    return (
      <section aria-labelledby="results-title">
        <h2 id="results-title">Bitte geben Sie ein Wort ein</h2>
        <p>Ihr Suchbegriff enthält keine Buchstaben oder Ziffern. Geben Sie ein Wort ein, zum Beispiel „Ausweis“ oder „Hund“.</p>
      </section>
    );
  }
  if (result.groups.length === 0) return <NoHits q={input.q} searchedAll={result.failed.length === 0} />;
  return <ResultGroups q={input.q} groups={result.groups} />;
}
