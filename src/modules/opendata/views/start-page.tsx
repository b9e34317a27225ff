import { Button, Form, TextField } from '../../../kernel/views';
import { OPENDATA_PATHS } from '../paths';
import { searchHref, themeLabel } from '../presenters';
import type { CatalogueStart } from '../use-cases/catalogue-start';
import { RECENT_DAYS } from '../usage/days';
import { DatasetList } from './dataset-list';

/** `/daten`: search, categories, the newest and the most used datasets side by side, the publishers, and the ways in for programs. */
export function StartPage({ start, municipality }: { start: CatalogueStart; municipality: string }) {
  return (
    <>
      <h1>Offene Daten</h1>
      <p class="lead">
        {start.total.toLocaleString('de-DE')} Datensätze der {municipality}, ihrer Unternehmen und Einrichtungen: frei zum Ansehen, Herunterladen und
        Weiterverwenden.
      </p>
      <Form action={OPENDATA_PATHS.search} method="get" label="Datensätze suchen">
        <TextField name="q" type="search" label="Suchbegriff" hint="Zum Beispiel: Haushalt, Parken, Schulen" />
        <Button>Suchen</Button>
      </Form>

      <h2>Kategorien</h2>
      <ul class="link-grid">
        {start.themes.map((theme) => (
          <li key={theme.groupName}>
            <a href={searchHref({ kategorie: [theme.groupName] })}>
              {themeLabel(theme.groupName)} ({theme.count})
            </a>
          </li>
        ))}
      </ul>

      <div class="start-lists">
        <section aria-labelledby="neu">
          <h2 id="neu">Neu und aktualisiert</h2>
          <DatasetList hits={start.newest} />
          <p>
            <a href={searchHref({ sortierung: 'aktualisiert' })}>Alle Datensätze ansehen</a>
          </p>
        </section>
        {start.mostUsed.length > 0 && (
          <section aria-labelledby="meistgenutzt">
            <h2 id="meistgenutzt">Meistgenutzt</h2>
            <p class="hint">In den letzten {RECENT_DAYS} Tagen am häufigsten aufgerufen, heruntergeladen oder über die API abgefragt.</p>
            <DatasetList hits={start.mostUsed} />
          </section>
        )}
      </div>

      <h2>Wer Daten veröffentlicht</h2>
      <ul class="link-grid">
        {start.organizations.map((organization) => (
          <li key={organization.id}>
            <a href={OPENDATA_PATHS.organization(organization.name)}>
              {organization.title} ({organization.datasetCount})
            </a>
          </li>
        ))}
      </ul>

      <h2>Für Programme und Portale</h2>
      <p>Alle Daten sind auch maschinenlesbar abrufbar, ohne Anmeldung:</p>
      <ul>
        <li>
          <a href="/api/3/action/package_search">CKAN-API</a> (wie bei GovData und Open.NRW)
        </li>
        <li>
          <a href={OPENDATA_PATHS.catalog('ttl')}>Katalog nach DCAT-AP.de</a> (auch als <a href={OPENDATA_PATHS.catalog('rdf')}>RDF/XML</a> und{' '}
          <a href={OPENDATA_PATHS.catalog('jsonld')}>JSON-LD</a>)
        </li>
        <li>
          <a href={OPENDATA_PATHS.feed}>Neue und geänderte Datensätze als Atom-Feed</a>
        </li>
      </ul>
    </>
  );
}
