import { formatFileSize } from '../../../kernel/files';
import { formatDate, Markdown, StatusTag, SummaryList, type SummaryRow } from '../../../kernel/views';
import { frequencyLabel, searchHref, themeLabel } from '../presenters';
import { OPENDATA_PATHS } from '../paths';
import { distributionHref } from '../structured-data';
import type { DatasetPage as DatasetPageData } from '../use-cases/show-dataset';
import { licenseById } from '../vocabularies/licenses';
import { CitationSection, LicenseSection } from './license-section';
import { PreviewOf } from './preview';

function period(start: string | null, end: string | null): string | null {
  const day = (value: string) => formatDate(new Date(`${value}T00:00:00Z`));
  if (start && end) return `${day(start)} bis ${day(end)}`;
  if (start) return `seit ${day(start)}`;
  return end ? `bis ${day(end)}` : null;
}

function facts({ dataset, organization }: DatasetPageData, placeName: string): SummaryRow[] {
  const rows: Array<SummaryRow | null> = [
    { key: 'Veröffentlicht von', value: <a href={OPENDATA_PATHS.organization(organization.name)}>{organization.title}</a> },
    dataset.themes.length > 0 ? { key: 'Kategorien', value: dataset.themes.map(themeLabel).join(', ') } : null,
    dataset.tags.length > 0
      ? {
          key: 'Schlagwörter',
          value: (
            <ul class="inline-list">
              {dataset.tags.map((tag) => (
                <li key={tag}>
                  <a href={searchHref({ schlagwort: [tag] })}>{tag}</a>
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    period(dataset.temporalStart, dataset.temporalEnd) ? { key: 'Zeitraum der Daten', value: period(dataset.temporalStart, dataset.temporalEnd) } : null,
    dataset.spatialKey ? { key: 'Räumlicher Bezug', value: `${placeName} (Regionalschlüssel ${dataset.spatialKey})` } : null,
    frequencyLabel(dataset.frequency) ? { key: 'Aktualisierung', value: frequencyLabel(dataset.frequency) } : null,
    { key: 'Erstmals veröffentlicht', value: formatDate(dataset.issued ?? dataset.metadataCreated) },
    { key: 'Zuletzt geändert', value: formatDate(dataset.modified ?? dataset.metadataModified) },
    { key: 'Kontakt', value: <a href={`mailto:${dataset.contactEmail}`}>{`${dataset.contactName} (${dataset.contactEmail})`}</a> },
    dataset.legalBasis ? { key: 'Rechtsgrundlage', value: dataset.legalBasis } : null,
    dataset.version ? { key: 'Version', value: dataset.version } : null,
  ];
  return rows.filter((row): row is SummaryRow => row !== null);
}

/** The files and links, as a list that reads on a phone as on a desktop. */
function Distributions({ page, baseUrl }: { page: DatasetPageData; baseUrl: string }) {
  const { dataset } = page;
  if (page.resources.length === 0) return <p>Zu diesem Datensatz gibt es noch keine Dateien.</p>;
  return (
    <ul class="news-list">
      {page.resources.map((resource) => (
        <li key={resource.id} class="news-list__item">
          <h3 class="news-list__title">{resource.name}</h3>
          {resource.description && <p>{resource.description}</p>}
          <p>
            <StatusTag kind="info">{resource.format}</StatusTag>{' '}
            <span class="news-list__date">
              {resource.byteSize ? `${formatFileSize(resource.byteSize)}, ` : ''}
              Lizenz: {licenseById(resource.licenseId ?? dataset.licenseId)?.title ?? resource.licenseId ?? dataset.licenseId}
            </span>
          </p>
          <p>
            <a href={distributionHref(baseUrl, dataset.name, resource)}>
              {resource.url ? 'Öffnen' : 'Herunterladen'}
              <span class="visually-hidden">: {resource.name}</span>
            </a>
            {resource.datastoreActive && (
              <>
                {' · Als Tabelle: '}
                <a href={OPENDATA_PATHS.resourceTable(dataset.name, resource.id, 'csv')}>
                  CSV<span class="visually-hidden"> von {resource.name}</span>
                </a>
                {', '}
                <a href={OPENDATA_PATHS.resourceTable(dataset.name, resource.id, 'json')}>
                  JSON<span class="visually-hidden"> von {resource.name}</span>
                </a>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Previews({ page }: { page: DatasetPageData }) {
  return (
    <>
      {page.resources.map((resource) => {
        const preview = page.previews.get(resource.id);
        if (!preview) return null;
        return (
          <section key={resource.id} aria-labelledby={`vorschau-${resource.id}`}>
            <h3 id={`vorschau-${resource.id}`}>Vorschau: {resource.name}</h3>
            {<PreviewOf resource={resource} preview={preview} />}
          </section>
        );
      })}
    </>
  );
}

/** A dataset's public page: what it is, its files with previews, licence, how to cite, all metadata, machine-readable forms. */
export function DatasetPage({ page, baseUrl, placeName }: { page: DatasetPageData; baseUrl: string; placeName: string }) {
  const { dataset, organization } = page;
  return (
    <>
      <h1>{dataset.title}</h1>
      <p class="lead">
        {organization.title}
        {dataset.state === 'draft' && (
          <>
            {' '}
            <StatusTag kind="warning">Entwurf, nicht veröffentlicht</StatusTag>
          </>
        )}
        {dataset.private && (
          <>
            {' '}
            <StatusTag kind="info">Nur für die Organisation sichtbar</StatusTag>
          </>
        )}
      </p>
      <Markdown source={dataset.notes} />
      <h2>Daten</h2>
      <Distributions page={page} baseUrl={baseUrl} />
      <Previews page={page} />
      <LicenseSection licenseId={dataset.licenseId} />
      <CitationSection
        organization={organization.title}
        title={dataset.title}
        year={(dataset.modified ?? dataset.metadataModified).getFullYear()}
        licenseId={dataset.licenseId}
        url={`${baseUrl}${OPENDATA_PATHS.dataset(dataset.name)}`}
      />
      <h2>Angaben zum Datensatz</h2>
      <SummaryList rows={facts(page, placeName)} />
      <h2>Metadaten für Programme</h2>
      <ul>
        <li>
          <a href={OPENDATA_PATHS.datasetRdf(dataset.name, 'ttl')}>DCAT-AP.de als Turtle</a>
        </li>
        <li>
          <a href={OPENDATA_PATHS.datasetRdf(dataset.name, 'rdf')}>DCAT-AP.de als RDF/XML</a>
        </li>
        <li>
          <a href={OPENDATA_PATHS.datasetRdf(dataset.name, 'jsonld')}>DCAT-AP.de als JSON-LD</a>
        </li>
        <li>
          <a href={`/api/3/action/package_show?id=${dataset.name}`}>CKAN-API (package_show)</a>
        </li>
      </ul>
    </>
  );
}
