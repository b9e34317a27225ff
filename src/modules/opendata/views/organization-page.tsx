import { OPENDATA_PATHS } from '../paths';
import { searchHref } from '../presenters';
import type { DatasetHit, OrganizationSummary } from '../repository/hits';
import { DatasetList } from './dataset-list';

const KINDS: Record<OrganizationSummary['kind'], string> = {
  city: 'Stadtverwaltung',
  company: 'Städtisches Unternehmen',
  institution: 'Städtische Einrichtung',
};

/** An organisation: who it is, how to reach its open-data team, its newest datasets. */
export function OrganizationPage({ organization, newest }: { organization: OrganizationSummary; newest: DatasetHit[] }) {
  return (
    <>
      <h1>{organization.title}</h1>
      <p class="lead">{KINDS[organization.kind]}</p>
      {organization.description && <p>{organization.description}</p>}
      <ul>
        {organization.homepage && (
          <li>
            Internetseite: <a href={organization.homepage}>{organization.homepage}</a>
          </li>
        )}
        {organization.email && (
          <li>
            Fragen zu den Daten: <a href={`mailto:${organization.email}`}>{organization.email}</a>
          </li>
        )}
      </ul>
      <h2>{organization.datasetCount === 1 ? '1 Datensatz' : `${organization.datasetCount} Datensätze`}</h2>
      <DatasetList hits={newest} />
      {organization.datasetCount > newest.length && (
        <p>
          <a href={searchHref({ organisation: [organization.name] })}>Alle Datensätze von {organization.title} durchsuchen</a>
        </p>
      )}
      <p>
        <a href={OPENDATA_PATHS.organizations}>Alle Organisationen</a>
      </p>
    </>
  );
}

/** `/daten/organisationen`: every publisher with its number of datasets. */
export function OrganizationsPage({ organizations }: { organizations: readonly OrganizationSummary[] }) {
  return (
    <>
      <h1>Organisationen</h1>
      <ul class="news-list">
        {organizations.map((organization) => (
          <li key={organization.id} class="news-list__item">
            <h2 class="news-list__title">
              <a href={OPENDATA_PATHS.organization(organization.name)}>{organization.title}</a>
            </h2>
            <p>{organization.description}</p>
            <p class="news-list__date">
              {KINDS[organization.kind]}, {organization.datasetCount === 1 ? '1 Datensatz' : `${organization.datasetCount} Datensätze`}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
