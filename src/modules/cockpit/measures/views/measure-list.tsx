import { Button, ButtonLink, FilterChips, FilterPanel, Form, SelectField, StatusTag } from '../../../../kernel/views';
import { MEASURE_STATUS_LABELS } from '../../policies';
import { STAFF_PATHS } from '../../paths';
import { MEASURE_STATUSES } from '../../tables';
import type { MeasureListQuery } from '../schemas';
import type { MeasureList } from '../use-cases/read-measures';
import { germanDay } from '../values';
import { MeasureStatusTag } from './labels';

function listHref(query: Partial<MeasureListQuery>): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.fachbereich) params.set('fachbereich', query.fachbereich);
  if (query.sortierung === 'meilenstein') params.set('sortierung', 'meilenstein');
  const search = params.toString();
  return search ? `${STAFF_PATHS.measures}?${search}` : STAFF_PATHS.measures;
}

/** A column header that sorts by a link (works without JavaScript, keeps the filters). */
function SortHeader({ label, sort, query }: { label: string; sort: MeasureListQuery['sortierung']; query: MeasureListQuery }) {
  const active = query.sortierung === sort;
  return (
    <th scope="col" aria-sort={active ? 'ascending' : undefined}>
      <a href={listHref({ ...query, sortierung: sort })}>
        {label}
        <span class="visually-hidden">{active ? ', sortiert' : ', danach sortieren'}</span>
        {active && <span aria-hidden="true"> ▲</span>}
      </a>
    </th>
  );
}

/** The staff list of the measures: filters by status and Fachbereich, sortable by title or next milestone. */
export function MeasureListPage({ list, query }: { list: MeasureList; query: MeasureListQuery }) {
  const departmentName = list.departments.find((department) => department.id === query.fachbereich)?.name;
  const chips = [
    ...(query.status ? [{ label: `Stand: ${MEASURE_STATUS_LABELS[query.status]}`, href: listHref({ ...query, status: undefined }) }] : []),
    ...(departmentName ? [{ label: `Fachbereich: ${departmentName}`, href: listHref({ ...query, fachbereich: undefined }) }] : []),
  ];
  return (
    <>
      <h1>Maßnahmen der Digitalisierung</h1>
      {list.mayCreate && (
        <p>
          <ButtonLink href={STAFF_PATHS.newMeasure}>Neue Maßnahme anlegen</ButtonLink>
        </p>
      )}
      <FilterPanel title="Filter" activeCount={chips.length} open>
        <Form action={STAFF_PATHS.measures} method="get" label="Maßnahmen filtern">
          <SelectField
            name="status"
            label="Stand"
            value={query.status ?? ''}
            options={[{ value: '', label: 'Alle' }, ...MEASURE_STATUSES.map((status) => ({ value: status, label: MEASURE_STATUS_LABELS[status] }))]}
          />
          <SelectField
            name="fachbereich"
            label="Fachbereich"
            value={departmentName ? query.fachbereich : ''}
            options={[{ value: '', label: 'Alle Fachbereiche' }, ...list.departments.map((department) => ({ value: department.id, label: department.name }))]}
          />
          {query.sortierung === 'meilenstein' && <input type="hidden" name="sortierung" value="meilenstein" />}
          <Button variant="secondary">Anzeigen</Button>
        </Form>
      </FilterPanel>
      <FilterChips chips={chips} clearHref={listHref({ sortierung: query.sortierung })} />
      <div class="table-wrapper">
        <table class="table">
          <caption class="table__caption">{`${list.rows.length} ${list.rows.length === 1 ? 'Maßnahme' : 'Maßnahmen'}`}</caption>
          <thead>
            <tr>
              <SortHeader label="Maßnahme" sort="titel" query={query} />
              <th scope="col">Fachbereich</th>
              <th scope="col">Stand</th>
              <th scope="col" class="numeric">
                Fortschritt
              </th>
              <SortHeader label="Nächster Meilenstein" sort="meilenstein" query={query} />
              <th scope="col">Öffentlich</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.length === 0 ? (
              <tr>
                <td colSpan={6}>Keine Maßnahmen passen zu diesen Filtern.</td>
              </tr>
            ) : (
              list.rows.map((row) => (
                <tr>
                  <td>
                    <a href={STAFF_PATHS.measure(row.id)}>{row.title}</a>
                  </td>
                  <td>{row.ownerName}</td>
                  <td>
                    <MeasureStatusTag status={row.status} />
                  </td>
                  <td class="numeric">{`${row.progressPercent} %`}</td>
                  <td>
                    {row.nextMilestone ? germanDay(row.nextMilestone) : 'keiner offen'}
                    {row.overdue > 0 && (
                      <>
                        {' '}
                        <StatusTag kind="danger">{row.overdue === 1 ? '1 überfällig' : `${row.overdue} überfällig`}</StatusTag>
                      </>
                    )}
                  </td>
                  <td>{row.published ? 'ja' : 'nein'}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
