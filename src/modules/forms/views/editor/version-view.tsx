import { formatDateTime, StatusTag } from '../../../../kernel/views';
import { STATUS_KINDS, STATUS_LABELS } from '../../presenters';
import type { FormVersion } from '../../repository';
import { DefinitionOutline } from './definition-outline';

/** An old (or the current) version, read-only: published versions never change. */
export function VersionPage({ version }: { version: FormVersion }) {
  return (
    <>
      <h1>
        {version.definition.title}, Version {version.version}
      </h1>
      <p>
        <StatusTag kind={STATUS_KINDS[version.status]}>{STATUS_LABELS[version.status]}</StatusTag>
        {version.publishedAt && ` Veröffentlicht am ${formatDateTime(version.publishedAt)}.`}
      </p>
      <DefinitionOutline definition={version.definition} />
    </>
  );
}
