import { ButtonLink, NotificationBanner, SummaryList, Table } from '../../../../kernel/views';
import type { FormDefinition } from '../../definition';
import { EDITOR_PATHS } from '../../paths';

export interface FimImportSummary {
  formKey: string;
  version: number;
  definition: FormDefinition;
  /** What the importer could not map, as stored with the draft. */
  report: string[];
}

type OpenRule = FormDefinition['openRules'][number];

function fieldCount(page: FormDefinition['pages'][number]): number {
  return page.items.reduce((count, item) => count + (item.kind === 'group' ? item.fields.length : 1), 0);
}

/** What a FIM import produced: the draft's pages, and what staff still have to complete. */
export function FimImportResult({ summary }: { summary: FimImportSummary }) {
  const { definition, formKey, version, report } = summary;
  const fim = definition.fim;
  const standard = fim?.standard === 'xdf3' ? 'XDatenfelder 3.0.0' : 'XDatenfelder 2.0';
  return (
    <>
      <NotificationBanner kind="success" title={`Der Entwurf von „${formKey}“ ist gespeichert.`}>
        <p>Prüfen Sie den Entwurf im Editor und ergänzen Sie, was unten aufgelistet ist, bevor Sie ihn veröffentlichen.</p>
      </NotificationBanner>
      <h1>Ergebnis des FIM-Imports</h1>
      <SummaryList
        rows={[
          {
            key: 'Stammdatenschema',
            value: fim ? `${fim.schemaId}${fim.version ? ` Version ${fim.version}` : ''} „${fim.name}“ (${standard})` : definition.title,
          },
          { key: 'Formular', value: `${definition.title} (Schlüssel ${formKey})` },
          { key: 'Entwurf', value: `Version ${version}` },
          { key: 'Seiten', value: String(definition.pages.length) },
          { key: 'Felder', value: String(definition.pages.reduce((count, page) => count + fieldCount(page), 0)) },
        ]}
      />
      <Table
        caption="Seiten des Entwurfs"
        columns={[
          { header: 'Seite', cell: (page) => page.title },
          { header: 'Felder', cell: (page) => String(fieldCount(page)), numeric: true },
        ]}
        rows={definition.pages}
      />
      <h2>Nicht übernommen oder zu prüfen</h2>
      {report.length === 0 ? (
        <p>Alles wurde übernommen.</p>
      ) : (
        <>
          <p>{report.length === 1 ? 'Ein Punkt braucht' : `${report.length} Punkte brauchen`} Ihre Entscheidung:</p>
          <ul class="list list--bullet">
            {report.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      )}
      {definition.openRules.length > 0 && (
        <Table<OpenRule>
          caption="Offene Regeln aus FIM"
          columns={[
            { header: 'Regel', cell: (rule) => `${rule.fimId} ${rule.name}` },
            { header: 'Text', cell: (rule) => rule.text },
            { header: 'Betrifft die Felder', cell: (rule) => (rule.appliesTo.length > 0 ? rule.appliesTo.join(', ') : '–') },
          ]}
          rows={definition.openRules}
        />
      )}
      <p>
        <ButtonLink href={EDITOR_PATHS.draft(formKey)}>Entwurf im Editor öffnen</ButtonLink>
      </p>
      <p>
        <a href={EDITOR_PATHS.fimImport}>Weiteres Schema importieren</a>
      </p>
    </>
  );
}
