import { Button, ButtonLink, Form, formatDateTime, StatusTag, Table } from '../../../../kernel/views';
import { EDITOR_PATHS } from '../../paths';
import { SOURCE_LABELS, STATUS_KINDS, STATUS_LABELS } from '../../presenters';
import type { VersionListEntry } from '../../repository';

/** One form: its versions, newest first, and the way to its draft. */
export function FormOverviewPage({ formKey, title, versions }: { formKey: string; title: string; versions: VersionListEntry[] }) {
  const hasDraft = versions.some((version) => version.status === 'draft');
  return (
    <>
      <h1>{title}</h1>
      <p>Kennung: {formKey}</p>
      {hasDraft ? (
        <div class="button-group">
          <ButtonLink href={EDITOR_PATHS.draft(formKey)}>Entwurf bearbeiten</ButtonLink>
          <ButtonLink href={EDITOR_PATHS.preview(formKey)} variant="secondary">
            Vorschau
          </ButtonLink>
          <ButtonLink href={EDITOR_PATHS.publish(formKey)} variant="secondary">
            Veröffentlichen
          </ButtonLink>
        </div>
      ) : (
        <Form action={EDITOR_PATHS.form(formKey)}>
          <Button>Neuen Entwurf anlegen</Button>
        </Form>
      )}
      <Table
        caption="Versionen"
        rows={versions}
        columns={[
          { header: 'Version', cell: (version) => <a href={EDITOR_PATHS.version(formKey, version.version)}>Version {version.version}</a> },
          { header: 'Status', cell: (version) => <StatusTag kind={STATUS_KINDS[version.status]}>{STATUS_LABELS[version.status]}</StatusTag> },
          { header: 'Titel', cell: (version) => version.title },
          { header: 'Herkunft', cell: (version) => SOURCE_LABELS[version.source] },
          { header: 'Veröffentlicht am', cell: (version) => (version.publishedAt ? formatDateTime(version.publishedAt) : '–') },
        ]}
      />
    </>
  );
}
