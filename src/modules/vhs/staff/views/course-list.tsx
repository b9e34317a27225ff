import { Button, ButtonLink, FilterPanel, Form, formatDate, Pagination, SelectField, StatusTag, Table, TextField } from '../../../../kernel/views';
import { VHS_STAFF_PATHS } from '../../paths';
import { COURSE_STATES } from '../../tables/catalogue';
import type { CourseListQuery } from '../schemas';
import type { CourseList } from '../use-cases/show-courses';
import { FORMAT_LABELS, STATE_KINDS, STATE_LABELS } from './labels';

type Row = CourseList['rows'][number];

function pageHref(query: CourseListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.semester) params.set('semester', query.semester);
  if (query.bereich) params.set('bereich', query.bereich);
  if (query.status) params.set('status', query.status);
  if (page > 1) params.set('seite', String(page));
  const search = params.toString();
  return search ? `${VHS_STAFF_PATHS.courses}?${search}` : VHS_STAFF_PATHS.courses;
}

/** The staff list of the programme's courses with search and filters (a GET form: works without JavaScript). */
export function CourseListPage({ list, query }: { list: CourseList; query: CourseListQuery }) {
  const active = [query.q, query.semester, query.bereich, query.status].filter(Boolean).length;
  return (
    <>
      <h1>Kurse der Volkshochschule</h1>
      <p>
        <ButtonLink href={VHS_STAFF_PATHS.import} variant="secondary">
          Programm importieren
        </ButtonLink>{' '}
        <a href={VHS_STAFF_PATHS.export}>Programm als JSON herunterladen</a>
      </p>
      <FilterPanel title="Suche und Filter" activeCount={active} open>
        <Form action={VHS_STAFF_PATHS.courses} method="get" label="Kurse suchen">
          <TextField name="q" type="search" label="Suchbegriff oder Kursnummer" value={query.q} />
          <SelectField
            name="semester"
            label="Semester"
            value={query.semester ?? ''}
            options={[{ value: '', label: 'Alle Semester' }, ...list.choices.terms.map((term) => ({ value: term, label: term }))]}
          />
          <SelectField
            name="bereich"
            label="Programmbereich"
            value={query.bereich ?? ''}
            options={[{ value: '', label: 'Alle Programmbereiche' }, ...list.choices.areas.map((area) => ({ value: area.id, label: area.name }))]}
          />
          <SelectField
            name="status"
            label="Status"
            value={query.status ?? ''}
            options={[{ value: '', label: 'Alle' }, ...COURSE_STATES.map((state) => ({ value: state, label: STATE_LABELS[state] }))]}
          />
          <Button variant="secondary">Anzeigen</Button>
        </Form>
      </FilterPanel>
      <Table<Row>
        caption={`${list.total} ${list.total === 1 ? 'Kurs' : 'Kurse'}`}
        empty="Keine Kurse gefunden. Ändern Sie die Suche oder die Filter."
        rows={list.rows}
        columns={[
          { header: 'Kursnummer', cell: (row) => row.number },
          { header: 'Titel', cell: (row) => <a href={VHS_STAFF_PATHS.course(row.id)}>{row.title}</a> },
          { header: 'Semester', cell: (row) => row.term },
          { header: 'Programmbereich', cell: (row) => row.area },
          { header: 'Format', cell: (row) => FORMAT_LABELS[row.format] },
          { header: 'Beginn', cell: (row) => formatDate(row.startsAt) },
          { header: 'Plätze belegt', cell: (row) => `${row.seatsTaken} von ${row.maxParticipants}`, numeric: true },
          { header: 'Status', cell: (row) => <StatusTag kind={STATE_KINDS[row.state]}>{STATE_LABELS[row.state]}</StatusTag> },
        ]}
      />
      <Pagination page={query.seite} pageCount={list.pageCount} hrefFor={(page) => pageHref(query, page)} />
    </>
  );
}
