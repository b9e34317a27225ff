import { ADMIN_PATHS } from '../paths';
import { Button, ErrorSummary, Form, Table, TextField, type Column } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import type { DepartmentRow } from '../repository';

interface DepartmentsProps {
  rows: DepartmentRow[];
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}

const columns: Column<DepartmentRow>[] = [
  { header: 'Name', cell: (row) => row.name },
  { header: 'Kennung', cell: (row) => <code>{row.id}</code> },
  { header: 'E-Mail-Adresse', cell: (row) => (row.email ? <a href={`mailto:${row.email}`}>{row.email}</a> : '–') },
  { header: 'Mitarbeitende', cell: (row) => row.memberCount, numeric: true },
];

export function DepartmentsPage({ rows, values, errors }: DepartmentsProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Fachbereiche</h1>
      <p class="lead">Mitarbeitende sehen und bearbeiten die Arbeit der Fachbereiche, denen sie zugeordnet sind.</p>
      <Table caption="Alle Fachbereiche" columns={columns} rows={rows} empty="Es gibt noch keine Fachbereiche." />
      <section aria-labelledby="new-department-title" class="panel">
        <h2 id="new-department-title">Fachbereich anlegen</h2>
        <Form action={ADMIN_PATHS.departments}>
          <TextField name="name" label="Name" hint="Zum Beispiel Bürgeramt." value={values.name} error={errors?.name} width="medium" />
          <TextField
            name="id"
            label="Kennung"
            hint="Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel buergeramt. Sie lässt sich später nicht ändern."
            value={values.id}
            error={errors?.id}
            width="medium"
            spellcheck={false}
          />
          <TextField
            name="email"
            type="email"
            label="E-Mail-Adresse (freiwillig)"
            hint="Das Postfach des Fachbereichs."
            value={values.email}
            error={errors?.email}
            width="medium"
            spellcheck={false}
          />
          <Button>Fachbereich anlegen</Button>
        </Form>
      </section>
    </>
  );
}
