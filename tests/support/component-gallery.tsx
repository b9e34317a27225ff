import type { FastifyInstance } from 'fastify';
import type { ModuleManifest } from '../../src/kernel/module';
import {
  Breadcrumbs,
  Button,
  ButtonLink,
  Checkbox,
  CheckboxGroup,
  DateField,
  FileField,
  ErrorSummary,
  Form,
  InsetText,
  NotificationBanner,
  Pagination,
  RadioGroup,
  SelectField,
  SpamFields,
  StatusTag,
  StepProgress,
  SummaryList,
  Table,
  TaskList,
  TextArea,
  TextField,
} from '../../src/kernel/views';
import { VisualGallery } from './visual-gallery';

const EVIL = '<script>alert("x")</script>';

/** Every kernel component on one page, with and without errors: rendered in unit tests and scanned by axe in the browser tests. */
export function Gallery({ withErrors }: { withErrors: boolean }) {
  const errors = withErrors
    ? { name: 'Geben Sie Ihren Namen an.', birth: 'Geben Sie Ihr Geburtsdatum an, zum Beispiel 27.3.1980.', size: 'Wählen Sie eine Größe aus.' }
    : undefined;
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Startseite' }]} />
      <StepProgress current={2} total={5} />
      <h1>Komponenten</h1>
      <ErrorSummary errors={errors} />
      <NotificationBanner kind="info" title="Hinweis zum Test">
        <p>Text im Banner</p>
      </NotificationBanner>
      <Form action="/test/komponenten">
        <TextField name="name" label="Vollständiger Name" hint={EVIL} error={errors?.name} value={EVIL} autocomplete="name" />
        <TextArea name="message" label="Nachricht" value="Hallo" />
        <SelectField
          name="district"
          label="Stadtteil"
          options={[
            { value: 'letmathe', label: 'Letmathe' },
            { value: 'hennen', label: 'Hennen' },
          ]}
          placeholder="Bitte wählen"
        />
        <RadioGroup
          name="size"
          legend="Größe"
          error={errors?.size}
          options={[
            { value: 's', label: 'Klein', hint: 'bis 10 kg' },
            { value: 'l', label: 'Groß' },
          ]}
        />
        <CheckboxGroup
          name="topics"
          legend="Themen"
          options={[
            { value: 'a', label: 'Abfall' },
            { value: 'b', label: 'Bauen' },
          ]}
          values={['b']}
        />
        <DateField name="birth" legend="Geburtsdatum" hint="Zum Beispiel 27 3 1980" error={errors?.birth} birthday value={{ day: '27', month: '3' }} />
        <FileField name="proof" label="Nachweis" hint="PDF oder Foto, höchstens 10 MB" accept=".pdf,image/*" />
        <Checkbox name="consent" label="Ich bestätige die Angaben." />
        <SpamFields stamp="1.gallery" errors={withErrors ? { 'formular-pruefung': 'Wir konnten das Formular nicht annehmen.' } : undefined} />
        <Button>Weiter</Button>
        <ButtonLink href="/" variant="secondary">
          Abbrechen
        </ButtonLink>
      </Form>
      <SummaryList
        rows={[
          { key: 'Name', value: EVIL, changeHref: '/test/komponenten#name' },
          { key: 'Stadtteil', value: 'Letmathe' },
        ]}
      />
      <TaskList
        tasks={[
          { title: 'Angaben zur Person', href: '/test/komponenten', status: 'Erledigt', statusKind: 'success' },
          { title: 'Nachweise', status: 'Noch nicht begonnen' },
        ]}
      />
      <Table
        caption="Gebühren"
        columns={[
          { header: 'Leistung', cell: (row: { name: string; fee: string }) => row.name },
          { header: 'Gebühr', cell: (row) => row.fee, numeric: true },
        ]}
        rows={[{ name: 'Meldebescheinigung', fee: '10,00 €' }]}
      />
      <Pagination page={3} pageCount={9} hrefFor={(page) => `/test/komponenten?seite=${page}`} />
      <InsetText>Eingerückter Hinweis</InsetText>
      <p>
        <StatusTag kind="warning">In Bearbeitung</StatusTag>
      </p>
    </>
  );
}

/** A test-only module that mounts the gallery at /test/komponenten (GET) and its error state (POST), charts and maps at /test/diagramme-und-karten. */
export const galleryModule: ModuleManifest = {
  id: 'component-gallery',
  routes: (app: FastifyInstance) => {
    app.get('/test/komponenten', (_request, reply) => reply.page({ title: 'Komponenten', body: <Gallery withErrors={false} /> }));
    app.post('/test/komponenten', (_request, reply) => reply.page({ title: 'Komponenten', body: <Gallery withErrors />, hasErrors: true }));
    app.get('/test/diagramme-und-karten', (_request, reply) => reply.page({ title: 'Diagramme und Karten', body: <VisualGallery /> }));
  },
};
