import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, RadioGroup, SelectField, TextField } from '../../../../kernel/views';
import { HARVEST_PATHS } from '../paths';
import { SOURCE_KIND } from '../presenters';
import type { HarvestSource } from '../repository';

interface SourceFormProps {
  source: HarvestSource | undefined;
  organizations: Array<{ id: string; title: string }>;
  values?: Record<string, unknown>;
  errors?: FieldErrors;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Add or edit a harvest source; the organisation is chosen once, when the source is added. */
export function SourceFormPage({ source, organizations, values, errors }: SourceFormProps) {
  const value = (name: string, stored: string | null | undefined) => (values ? text(values[name]) : (stored ?? undefined));
  return (
    <>
      <h1>{source ? `${source.title} bearbeiten` : 'Erntequelle hinzufügen'}</h1>
      <ErrorSummary errors={errors} />
      <Form action={source ? HARVEST_PATHS.editSource(source.id) : HARVEST_PATHS.newSource}>
        {!source && (
          <SelectField
            name="organizationId"
            label="Organisation"
            hint="Ihr gehören die geernteten Datensätze."
            options={organizations.map((organization) => ({ value: organization.id, label: organization.title }))}
            value={value('organizationId', undefined)}
            error={errors?.organizationId}
          />
        )}
        <TextField name="title" label="Titel" value={value('title', source?.title)} error={errors?.title} />
        <TextField
          name="name"
          label="Kurzname"
          hint="Kleinbuchstaben, Ziffern, - und _; er steht vor den Namen von Datensätzen, deren Name hier schon vergeben ist."
          value={value('name', source?.name)}
          error={errors?.name}
          width="medium"
        />
        <TextField
          name="url"
          type="url"
          label="Adresse"
          hint="Die CKAN-API (zum Beispiel https://daten.stadtwerke.de/api/3) oder der DCAT-Katalog (zum Beispiel https://daten.stadtwerke.de/catalog.rdf)."
          value={value('url', source?.url)}
          error={errors?.url}
        />
        <RadioGroup
          name="kind"
          legend="Art der Quelle"
          options={Object.entries(SOURCE_KIND).map(([kind, label]) => ({ value: kind, label }))}
          value={value('kind', source?.kind)}
          error={errors?.kind}
        />
        <TextField
          name="intervalHours"
          label="Intervall in Stunden (freiwillig)"
          hint="Zum Beispiel 24 für eine tägliche Ernte. Leer lassen, wenn die Quelle nur von Hand geerntet wird."
          inputMode="numeric"
          width="short"
          value={value('intervalHours', source?.intervalHours === null || source === undefined ? undefined : String(source.intervalHours))}
          error={errors?.intervalHours}
        />
        <Button>Speichern</Button>
      </Form>
    </>
  );
}
