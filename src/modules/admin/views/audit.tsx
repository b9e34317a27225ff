import { ADMIN_PATHS } from '../paths';
import { Button, ErrorSummary, Form, Pagination, TextField } from '../../../kernel/views';
import type { FieldErrors } from '../../../kernel/http';
import { hrefWith, type AuditEntryView } from '../presenters';
import type { Paged } from '../repository';
import { AuditTable } from './history';

interface AuditPageProps {
  result: Paged<AuditEntryView>;
  page: number;
  pageCount: number;
  /** The filter as typed; kept in the page links. */
  values: Record<string, string>;
  errors?: FieldErrors | undefined;
}

const FILTER_FIELDS = ['action', 'actor', 'objectType', 'objectId', 'from', 'to'];

/** Folded away until used, so the entries stay in view; open while a filter is set or wrong. */
function Filters({ values, errors }: Pick<AuditPageProps, 'values' | 'errors'>) {
  const active = errors !== undefined || FILTER_FIELDS.some((field) => values[field]);
  return (
    <details class="panel" open={active}>
      <summary>{active ? 'Filter (aktiv)' : 'Filter'}</summary>
      <Filter values={values} errors={errors} />
    </details>
  );
}

function Filter({ values, errors }: Pick<AuditPageProps, 'values' | 'errors'>) {
  return (
    <Form action={ADMIN_PATHS.audit} method="get" label="Protokoll filtern">
      <TextField
        name="action"
        label="Aktion beginnt mit"
        hint="Zum Beispiel admin. für alle Änderungen an Konten und Fachbereichen."
        value={values.action}
        error={errors?.action}
        width="medium"
        spellcheck={false}
      />
      <TextField name="actor" label="Wer (E-Mail-Adresse oder ein Teil davon)" value={values.actor} error={errors?.actor} width="medium" spellcheck={false} />
      <TextField
        name="objectType"
        label="Objektart"
        hint="Zum Beispiel user oder department."
        value={values.objectType}
        error={errors?.objectType}
        width="short"
        spellcheck={false}
      />
      <TextField name="objectId" label="Objekt-ID" value={values.objectId} error={errors?.objectId} width="medium" spellcheck={false} />
      <TextField name="from" label="Von (Datum)" hint="Zum Beispiel 27.03.2026" value={values.from} error={errors?.from} width="short" />
      <TextField name="to" label="Bis (Datum, einschließlich)" hint="Zum Beispiel 31.03.2026" value={values.to} error={errors?.to} width="short" />
      <p class="button-group">
        <Button variant="secondary">Filter anwenden</Button>
        <a href={ADMIN_PATHS.audit}>Filter zurücksetzen</a>
      </p>
    </Form>
  );
}

export function AuditPage({ result, page, pageCount, values, errors }: AuditPageProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Protokoll</h1>
      <p class="lead">Wer hat wann was geändert. Die neuesten Einträge stehen oben.</p>
      <Filters values={values} errors={errors} />
      <p role="status">{result.total === 1 ? '1 Eintrag gefunden' : `${result.total} Einträge gefunden`}</p>
      <AuditTable caption={`Protokolleinträge, Seite ${page} von ${pageCount}`} rows={result.rows} withObject />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => hrefWith(ADMIN_PATHS.audit, { ...values, page: p > 1 ? p : undefined })} />
    </>
  );
}
