import {
  Button,
  ButtonLink,
  FilterChips,
  FilterPanel,
  Form,
  formatDateTime,
  Pagination,
  SelectField,
  StatusTag,
  TextField,
  type FilterChip,
} from '../../../../kernel/views';
import { maintainedElsewhere } from '../../policies';
import { PUBLISHING_PATHS } from '../paths';
import { STATE_LABELS, STATE_TAGS } from '../presenters';
import type { DatasetFilters } from '../schemas';
import type { StaffDatasetList } from '../use-cases/list-staff-datasets';

const STATE_OPTIONS = [
  { value: 'draft', label: 'Entwürfe' },
  { value: 'active', label: 'Veröffentlicht' },
  { value: 'private', label: 'Nur für Mitglieder' },
  { value: 'deleted', label: 'Gelöscht' },
];

function listHref(filters: DatasetFilters, page = filters.page): string {
  const query = new URLSearchParams();
  if (filters.q) query.set('q', filters.q);
  if (filters.organizationId) query.set('organisation', filters.organizationId);
  if (filters.state) query.set('status', filters.state);
  if (page > 1) query.set('seite', String(page));
  const search = query.toString();
  return search ? `${PUBLISHING_PATHS.datasets}?${search}` : PUBLISHING_PATHS.datasets;
}

function chipsOf(filters: DatasetFilters, organizations: StaffDatasetList['organizations']): FilterChip[] {
  const chips: FilterChip[] = [];
  const without = (change: Partial<DatasetFilters>) => listHref({ ...filters, ...change, page: 1 });
  if (filters.q) chips.push({ label: `Suche: ${filters.q}`, href: without({ q: undefined }) });
  const organization = organizations.find((row) => row.id === filters.organizationId);
  if (organization) chips.push({ label: `Organisation: ${organization.title}`, href: without({ organizationId: undefined }) });
  const state = STATE_OPTIONS.find((option) => option.value === filters.state);
  if (state) chips.push({ label: `Status: ${state.label}`, href: without({ state: undefined }) });
  return chips;
}

/** A dataset maintained elsewhere, in the list's words: where it comes from, and that it is only read here. */
const READ_ONLY_TAGS = { harvest: 'übernommen, nur zu lesen', module: 'vom Portal erstellt, nur zu lesen' } as const;

function StateCell({ row }: { row: StaffDatasetList['rows'][number] }) {
  const maintainer = maintainedElsewhere(row);
  return (
    <>
      <StatusTag kind={STATE_TAGS[row.state]}>{STATE_LABELS[row.state]}</StatusTag>
      {row.private && row.state !== 'deleted' && (
        <>
          {' '}
          <StatusTag kind="neutral">nur für Mitglieder</StatusTag>
        </>
      )}
      {maintainer && (
        <>
          {' '}
          <StatusTag kind="neutral">{READ_ONLY_TAGS[maintainer.by]}</StatusTag>
        </>
      )}
    </>
  );
}

/** "Datensätze": the organisations' datasets as a worklist, with the filters beside it (the inbox's layout). */
export function DatasetListPage({ rows, total, pageCount, filters, organizations, mayCreate }: StaffDatasetList) {
  const chips = chipsOf(filters, organizations);
  return (
    <>
      <h1>Datensätze</h1>
      {mayCreate && (
        <p class="button-group">
          <ButtonLink href={PUBLISHING_PATHS.newDataset}>Datensatz anlegen</ButtonLink>
        </p>
      )}
      <div class="filter-layout">
        <FilterPanel title="Filter" activeCount={chips.length}>
          <Form action={PUBLISHING_PATHS.datasets} method="get" label="Datensätze filtern">
            <TextField name="q" label="Suche" hint="Teil des Titels oder Kurznamens" type="search" value={filters.q} />
            <SelectField
              name="organisation"
              label="Organisation"
              value={filters.organizationId ?? ''}
              placeholder="Alle Organisationen"
              options={organizations.map((organization) => ({ value: organization.id, label: organization.title }))}
            />
            <SelectField name="status" label="Status" value={filters.state ?? ''} placeholder="Alle" options={STATE_OPTIONS} />
            <div class="filter-panel__actions">
              <Button>Filter anwenden</Button>
            </div>
          </Form>
        </FilterPanel>
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={PUBLISHING_PATHS.datasets} />
          <div class="table-wrapper">
            <table class="table">
              <caption class="table__caption">
                Gefunden: {total === 1 ? '1 Datensatz' : `${total.toLocaleString('de-DE')} Datensätze`}
                {pageCount > 1 ? `, Seite ${filters.page} von ${pageCount}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Organisation</th>
                  <th scope="col">Status</th>
                  <th scope="col">Zuletzt geändert</th>
                </tr>
              </thead>
              <tbody>
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={4}>Keine Datensätze gefunden.</td>
                  </tr>
                )}
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <a href={row.editable ? PUBLISHING_PATHS.dataset(row.id) : PUBLISHING_PATHS.history(row.id)}>{row.title}</a>
                    </td>
                    <td>{row.organization}</td>
                    <td>
                      <StateCell row={row} />
                    </td>
                    <td>{formatDateTime(row.metadataModified)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => listHref(filters, page)} />
        </div>
      </div>
    </>
  );
}
