import { Button, ButtonLink, Form, formatDateTime, StatusTag, SummaryList, Table } from '../../../../kernel/views';
import { HARVEST_PATHS } from '../paths';
import { intervalLabel, RUN_STATUS, SOURCE_KIND } from '../presenters';
import type { HarvestRun, HarvestSource } from '../repository';

interface SourcePageProps {
  source: HarvestSource;
  organization: string;
  runs: HarvestRun[];
  mayManage: boolean;
}

/** A harvest source: its settings, "Jetzt ernten" for its organisation's admins, and its latest runs with their counts. */
export function SourcePage({ source, organization, runs, mayManage }: SourcePageProps) {
  return (
    <>
      <h1>{source.title}</h1>
      <SummaryList
        rows={[
          { key: 'Kurzname', value: source.name },
          { key: 'Adresse', value: source.url },
          { key: 'Art', value: SOURCE_KIND[source.kind] },
          { key: 'Organisation', value: organization },
          { key: 'Zeitplan', value: intervalLabel(source.intervalHours) },
        ]}
      />
      {mayManage && (
        <div class="button-group">
          <Form action={HARVEST_PATHS.harvestNow(source.id)}>
            <Button>Jetzt ernten</Button>
          </Form>
          <ButtonLink href={HARVEST_PATHS.editSource(source.id)} variant="secondary">
            Quelle bearbeiten
          </ButtonLink>
        </div>
      )}
      <Table<HarvestRun>
        caption="Letzte Läufe"
        columns={[
          { header: 'Beginn', cell: (run) => <a href={HARVEST_PATHS.run(source.id, run.id)}>{formatDateTime(run.startedAt)}</a> },
          { header: 'Status', cell: (run) => <StatusTag kind={RUN_STATUS[run.status].kind}>{RUN_STATUS[run.status].label}</StatusTag> },
          { header: 'Neu', cell: (run) => String(run.created) },
          { header: 'Geändert', cell: (run) => String(run.updated) },
          { header: 'Gelöscht', cell: (run) => String(run.deleted) },
          { header: 'Fehler', cell: (run) => String(run.failed) },
        ]}
        rows={runs}
        empty="Diese Quelle wurde noch nicht geerntet."
      />
    </>
  );
}
