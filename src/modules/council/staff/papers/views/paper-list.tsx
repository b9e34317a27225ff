import { Button, ButtonLink, Form, SelectField, StatusTag, Table, TextField } from '../../../../../kernel/views';
import { STAFF_ENTRY_PATHS } from '../../../paths';
import { dayText } from '../../entry/fields';
import type { CouncilPaper } from '../repository';
import { PAPER_TYPES } from '../schemas';
import type { PaperListPage } from '../use-cases/open-paper';

/** The papers, newest first, with a filter by words and type (a GET form: works without JavaScript). */
export function PaperListView({ papers, total, limit, filter }: PaperListPage) {
  return (
    <>
      <h1>Vorlagen</h1>
      <p class="lead">Beschlussvorlagen, Anträge, Anfragen und Mitteilungen mit ihren Beratungen.</p>
      <ButtonLink href={STAFF_ENTRY_PATHS.newPaper}>Vorlage hinzufügen</ButtonLink>
      <Form action={STAFF_ENTRY_PATHS.papers} method="get" label="Vorlagen filtern">
        <TextField name="q" label="Drucksachennummer oder Titel" type="search" value={filter.q} width="medium" />
        <SelectField name="art" label="Art" placeholder="alle" options={PAPER_TYPES.map((type) => ({ value: type, label: type }))} value={filter.art} />
        <Button variant="secondary">Filtern</Button>
      </Form>
      <p>
        Gefunden: {total} {total === 1 ? 'Vorlage' : 'Vorlagen'}
        {total > limit ? ` (die neuesten ${limit}; grenzen Sie mit dem Filter ein)` : ''}
      </p>
      <Table<CouncilPaper>
        caption="Vorlagen"
        columns={[
          { header: 'Drucksache', cell: (row) => row.reference ?? '' },
          { header: 'Titel', cell: (row) => <a href={STAFF_ENTRY_PATHS.paper(row.id)}>{row.name ?? 'ohne Titel'}</a> },
          { header: 'Art', cell: (row) => row.paperType ?? '' },
          { header: 'Datum', cell: (row) => dayText(row.date) },
          { header: 'Sichtbar', cell: (row) => (row.public ? 'öffentlich' : <StatusTag kind="warning">nichtöffentlich</StatusTag>) },
          { header: 'Herkunft', cell: (row) => (row.sourceId ? <StatusTag kind="info">importiert</StatusTag> : 'von Hand') },
        ]}
        rows={papers}
        empty="Keine Vorlage passt zum Filter."
      />
    </>
  );
}
