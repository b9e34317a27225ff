import { Button, ButtonLink, Form, formatMoney, Markdown, SummaryList, Table } from '../../../../kernel/views';
import { RISK_LEVEL_LABELS } from '../../policies';
import { PATHS, STAFF_PATHS } from '../../paths';
import type { Milestone, Risk } from '../../tables';
import type { ShownLink } from '../link-sources';
import type { StaffMeasureDetail } from '../use-cases/read-measures';
import { germanDay } from '../values';
import { HistoryTable } from './history-table';
import { MeasureStatusTag, MilestoneState } from './labels';

/** A small POST form whose only field is the button (done, delete, remove). */
function ActionButton({ action, label, hidden = {} }: { action: string; label: string; hidden?: Record<string, string> }) {
  return (
    <Form action={action} class="inline-form">
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <Button variant="link">{label}</Button>
    </Form>
  );
}

function Milestones({ detail }: { detail: StaffMeasureDetail }) {
  const { measure } = detail;
  return (
    <Table<Milestone>
      caption="Meilensteine"
      empty="Noch keine Meilensteine."
      rows={detail.milestones}
      columns={[
        { header: 'Meilenstein', cell: (row) => row.title },
        { header: 'Termin', cell: (row) => germanDay(row.dueOn) },
        { header: 'Stand', cell: (row) => <MilestoneState milestone={row} today={detail.today} endsOn={measure.endsOn} staff /> },
        ...(detail.mayEdit
          ? [
              {
                header: 'Aktionen',
                cell: (row: Milestone) => (
                  <>
                    {!row.doneOn && <ActionButton action={STAFF_PATHS.milestoneDone(measure.id, row.id)} label={`„${row.title}“ heute erreicht`} />}
                    <a href={STAFF_PATHS.milestone(measure.id, row.id)}>
                      Ändern<span class="visually-hidden">{`: ${row.title}`}</span>
                    </a>{' '}
                    <ActionButton action={STAFF_PATHS.deleteMilestone(measure.id, row.id)} label={`„${row.title}“ entfernen`} />
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Risks({ detail }: { detail: StaffMeasureDetail }) {
  const { measure } = detail;
  return (
    <Table<Risk>
      caption="Risiken (nur intern)"
      empty="Keine Risiken erfasst."
      rows={detail.risks}
      columns={[
        { header: 'Risiko', cell: (row) => row.title },
        { header: 'Wahrscheinlichkeit', cell: (row) => RISK_LEVEL_LABELS[row.likelihood] },
        { header: 'Auswirkung', cell: (row) => RISK_LEVEL_LABELS[row.impact] },
        { header: 'Gegenmaßnahme', cell: (row) => row.mitigation || '–' },
        ...(detail.mayEdit
          ? [
              {
                header: 'Aktionen',
                cell: (row: Risk) => (
                  <>
                    <a href={STAFF_PATHS.risk(measure.id, row.id)}>
                      Ändern<span class="visually-hidden">{`: ${row.title}`}</span>
                    </a>{' '}
                    <ActionButton action={STAFF_PATHS.deleteRisk(measure.id, row.id)} label={`„${row.title}“ entfernen`} />
                  </>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Links({ detail }: { detail: StaffMeasureDetail }) {
  const { measure } = detail;
  return (
    <Table<ShownLink>
      caption="Verknüpfungen"
      empty="Noch nichts verknüpft."
      rows={detail.links}
      columns={[
        { header: 'Art', cell: (row) => row.kindLabel },
        { header: 'Titel', cell: (row) => (row.target ? <a href={row.target.href}>{row.target.title}</a> : `nicht mehr vorhanden (${row.targetId})`) },
        ...(detail.mayEdit
          ? [
              {
                header: 'Aktionen',
                cell: (row: ShownLink) => (
                  <ActionButton
                    action={STAFF_PATHS.removeLink(measure.id)}
                    label={`Verknüpfung „${row.target?.title ?? row.targetId}“ entfernen`}
                    hidden={{ art: `${row.module}:${row.kind}`, ziel: row.targetId }}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** A measure in the staff section: every field, milestones, risks, links and the latest history. */
export function MeasurePage({ detail }: { detail: StaffMeasureDetail }) {
  const { measure } = detail;
  return (
    <>
      <h1>{measure.title}</h1>
      {!detail.mayEdit && <p>Sie können diese Maßnahme lesen. Ändern können sie die Koordination und der verantwortliche Fachbereich.</p>}
      {detail.mayEdit && (
        <p>
          <ButtonLink href={STAFF_PATHS.editMeasure(measure.id)} variant="secondary">
            Angaben ändern
          </ButtonLink>
        </p>
      )}
      <SummaryList
        rows={[
          { key: 'Ziel', value: measure.goal },
          { key: 'Beschreibung', value: measure.description ? <Markdown source={measure.description} /> : '–' },
          { key: 'Verantwortlicher Fachbereich', value: detail.ownerName },
          { key: 'Stand', value: <MeasureStatusTag status={measure.status} /> },
          { key: 'Fortschritt', value: `${measure.progressPercent} %` },
          { key: 'Zeitraum', value: `${germanDay(measure.startsOn)} bis ${measure.endsOn ? germanDay(measure.endsOn) : 'offen'}` },
          { key: 'Budget', value: measure.budgetCents === null ? 'keines zugewiesen' : formatMoney(measure.budgetCents) },
          { key: 'Finanzierung', value: measure.fundingSource || '–' },
          { key: 'Abschnitt des Ratsprogramms', value: measure.programReference || '–' },
          {
            key: 'Öffentliche Seite',
            value: measure.published ? <a href={PATHS.measure(measure.slug)}>veröffentlicht</a> : 'nicht veröffentlicht',
          },
        ]}
      />
      {detail.mayCoordinate && (
        <Form action={STAFF_PATHS.publishMeasure(measure.id)} label="Veröffentlichung">
          <input type="hidden" name="veroeffentlicht" value={measure.published ? 'nein' : 'ja'} />
          <Button variant="secondary">{measure.published ? 'Nicht mehr veröffentlichen' : 'Veröffentlichen'}</Button>
        </Form>
      )}
      <h2>Meilensteine</h2>
      <Milestones detail={detail} />
      {detail.mayEdit && (
        <p>
          <a href={STAFF_PATHS.milestones(measure.id)}>Meilenstein hinzufügen</a>
        </p>
      )}
      <h2>Risiken</h2>
      <Risks detail={detail} />
      {detail.mayEdit && (
        <p>
          <a href={STAFF_PATHS.risks(measure.id)}>Risiko hinzufügen</a>
        </p>
      )}
      <h2>Verknüpfungen</h2>
      <Links detail={detail} />
      {detail.mayEdit && (
        <p>
          <a href={STAFF_PATHS.links(measure.id)}>Leistung, Datensatz, Kurs oder Hotspot verknüpfen</a>
        </p>
      )}
      <h2>Verlauf</h2>
      <HistoryTable changes={detail.changes} caption="Letzte Änderungen" />
      <p>
        <a href={STAFF_PATHS.history(measure.id)}>Ganzer Verlauf</a>
      </p>
      {detail.mayCoordinate && (
        <p>
          <a href={STAFF_PATHS.deleteMeasure(measure.id)}>Maßnahme löschen</a>
        </p>
      )}
    </>
  );
}
