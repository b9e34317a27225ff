import { Table } from '../../../../kernel/views';
import { EDITOR_PATHS } from '../../paths';
import type { FormListEntry } from '../../repository';

/** `/verwaltung/formulare`: every form with its published version and whether a draft waits. */
export function FormListPage({ forms }: { forms: FormListEntry[] }) {
  return (
    <>
      <h1>Formulare</h1>
      <p class="lead">Online-Anträge des Portals. Änderungen entstehen als Entwurf und gelten erst, wenn Sie sie veröffentlichen.</p>
      <p>
        <a href={EDITOR_PATHS.fimImport}>Formular aus FIM importieren</a>
      </p>
      <Table
        caption="Alle Formulare"
        empty="Es gibt noch keine Formulare."
        rows={forms}
        columns={[
          { header: 'Formular', cell: (form) => <a href={EDITOR_PATHS.form(form.formKey)}>{form.title}</a> },
          { header: 'Kennung', cell: (form) => form.formKey },
          { header: 'Veröffentlichte Version', cell: (form) => (form.publishedVersion === null ? 'Keine' : String(form.publishedVersion)) },
          { header: 'Entwurf', cell: (form) => (form.hasDraft ? 'Ja' : 'Nein') },
        ]}
      />
    </>
  );
}
