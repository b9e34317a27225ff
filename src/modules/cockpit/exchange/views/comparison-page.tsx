import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, FileField, Form, Table, TextField } from '../../../../kernel/views';
import { PATHS, STAFF_PATHS } from '../../paths';
import type { ComparisonRow } from '../comparison';
import type { ComparisonPage as Page } from '../use-cases/show-comparison';
import { PartnerSection } from './partner-section';

interface ComparisonPageProps extends Page {
  errors?: FieldErrors | undefined;
  /** The refused feed's problems, each in German. */
  problems?: string[] | undefined;
  url?: string | undefined;
}

function Problems({ problems }: { problems: string[] }) {
  return (
    <div class="form-group">
      <h3>Probleme im Feed</h3>
      <ul class="list">
        {problems.map((problem) => (
          <li>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/** The coordinator's comparison: the figures side by side, each town's measures, adding a town by URL or file. */
export function ComparisonPage({ townName, partners, rows, errors, problems = [], url }: ComparisonPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Vergleich mit anderen Städten</h1>
      <p>
        Städte mit Stadtportal (und alle, die das Austauschformat nutzen) veröffentlichen ihre Maßnahmen und Kennzahlen als Feed. Hier stehen die Kennzahlen von{' '}
        {townName} neben denen der eingetragenen Städte; gleiche Kennzahlen stehen in einer Zeile, „—“ heißt: Die Stadt gibt diese Kennzahl nicht an.
        Eingetragene Feeds werden täglich neu gelesen. Der eigene Feed: <a href={PATHS.feed}>feed.json</a> (<a href={PATHS.feedSchema}>JSON-Schema</a>).
      </p>
      <h2>Kennzahlen im Vergleich</h2>
      {partners.length === 0 ? (
        <p>Noch ist keine andere Stadt eingetragen. Tragen Sie unten die Adresse ihres Feeds ein oder laden Sie ihre Feed-Datei hoch.</p>
      ) : (
        <Table<ComparisonRow>
          caption="Kennzahlen nach Schlüssel"
          empty={`Weder ${townName} noch die eingetragenen Städte geben Kennzahlen an.`}
          rows={rows}
          columns={[
            { header: 'Kennzahl', cell: (row) => row.label },
            { header: townName, cell: (row) => row.ours, numeric: true },
            ...partners.map((partner, index) => ({ header: partner.townName, cell: (row: ComparisonRow) => row.others[index] ?? '—', numeric: true })),
          ]}
        />
      )}
      {partners.length > 0 && <h2>Die eingetragenen Städte</h2>}
      {partners.map((partner, index) => (
        <PartnerSection partner={partner} index={index} />
      ))}
      <h2>Stadt hinzufügen</h2>
      <Form action={STAFF_PATHS.comparison}>
        <TextField
          name="url"
          type="url"
          label="Adresse des Feeds"
          hint="Zum Beispiel https://www.beispielstadt.de/digitalisierung/austausch/v1/feed.json. Der Feed wird sofort gelesen und gegen das Schema geprüft."
          value={url}
          error={errors?.url}
        />
        {errors?.url && problems.length > 0 && <Problems problems={problems} />}
        <Button>Feed lesen und hinzufügen</Button>
      </Form>
      <h2>Feed-Datei hochladen</h2>
      <Form action={STAFF_PATHS.comparisonUpload} multipart>
        <FileField
          name="file"
          label="Feed-Datei (JSON)"
          hint="Für Städte ohne Adresse: die feed.json, höchstens 5 MB."
          accept=".json,application/json"
          error={errors?.file}
        />
        {errors?.file && problems.length > 0 && <Problems problems={problems} />}
        <Button>Hochladen</Button>
      </Form>
    </>
  );
}
