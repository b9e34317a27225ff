import type { FieldErrors } from '../../../../kernel/http';
import { MapWithList } from '../../../../kernel/views/map';
import { Button, ErrorSummary, Form, formatDateTime, RadioGroup, StatusTag, SummaryList, Table, TextArea } from '../../../../kernel/views';
import { AUDIT_ACTIONS } from '../../audit-actions';
import { PATHS } from '../../paths';
import { GAP_STATES, type GapState, type WlanGapReport } from '../../tables';
import type { GapHistoryEntry } from '../repository';
import { STATE_KINDS, STATE_LABELS } from '../presenters';
import { PUBLIC_NOTE_MAX } from '../schemas';

const STATE_HINTS: Record<WlanGapReport['state'], string> = {
  new: 'Noch nicht geprüft; nicht auf der öffentlichen Karte.',
  confirmed: 'Die Lücke besteht; sie erscheint auf der öffentlichen Karte.',
  planned: 'Ein Hotspot ist geplant, zum Beispiel mit Freifunk oder den Stadtwerken.',
  resolved: 'Dort gibt es jetzt freies WLAN.',
  rejected: 'Keine Lücke oder nicht zuständig; nicht auf der öffentlichen Karte.',
};

const stateLabel = (value: unknown) => STATE_LABELS[value as GapState] ?? String(value);

/** What happened, in words: "Status geändert: Neu → Geplant". */
function whatHappened(entry: GapHistoryEntry): string {
  const label = AUDIT_ACTIONS[entry.action] ?? entry.action;
  const { from, to } = entry.details ?? {};
  return from !== undefined && to !== undefined ? `${label}: ${stateLabel(from)} → ${stateLabel(to)}` : label;
}

/** One report for staff: where (on a small map), what, photo, contact, and the form to change its state. */
export function GapDetailPage({
  report,
  history,
  errors,
  values,
}: {
  report: WlanGapReport;
  history: GapHistoryEntry[];
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const feature = {
    name: report.place,
    properties: [{ key: 'Status', value: STATE_LABELS[report.state] }],
    geometry: { type: 'Point' as const, coordinates: [report.longitude, report.latitude] as const },
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Meldung {report.reference}</h1>
      <p>
        <StatusTag kind={STATE_KINDS[report.state]}>{STATE_LABELS[report.state]}</StatusTag>
      </p>
      <SummaryList
        rows={[
          { key: 'Eingegangen', value: formatDateTime(report.createdAt) },
          { key: 'Ort', value: report.place },
          { key: 'Beschreibung', value: report.description },
          { key: 'E-Mail für Nachrichten', value: report.contactEmail ?? (report.closedAt ? 'keine (gelöscht oder nicht angegeben)' : 'nicht angegeben') },
          { key: 'Öffentlicher Hinweis', value: report.publicNote || 'keiner' },
          ...(report.closedAt ? [{ key: 'Abgeschlossen', value: formatDateTime(report.closedAt) }] : []),
        ]}
      />
      <MapWithList id="meldung-karte" title="Ort der Meldung" features={[feature]} />
      <h2>Foto</h2>
      {report.photoKey ? (
        <p>
          <img class="gap-photo" src={PATHS.staffGapPhoto(report.id)} alt={`Foto zur Meldung ${report.reference}, aufgenommen von der meldenden Person`} />
        </p>
      ) : (
        <p>Kein Foto.</p>
      )}
      <h2>Status ändern</h2>
      <Form action={PATHS.staffGapState(report.id)}>
        <RadioGroup
          name="status"
          legend="Status"
          options={GAP_STATES.map((state) => ({ value: state, label: STATE_LABELS[state], hint: STATE_HINTS[state] }))}
          value={values?.status ?? report.state}
          error={errors?.status}
        />
        <TextArea
          name="hinweis"
          label="Öffentlicher Hinweis (freiwillig)"
          hint="Erscheint auf der öffentlichen Karte und in der Nachricht an die meldende Person. Keine persönlichen Angaben."
          value={values?.hinweis ?? report.publicNote}
          error={errors?.hinweis}
          rows={3}
          maxLength={PUBLIC_NOTE_MAX}
        />
        <Button>Speichern</Button>
      </Form>
      <h2>Verlauf</h2>
      <Table<GapHistoryEntry>
        caption="Änderungen an dieser Meldung, älteste zuerst"
        columns={[
          { header: 'Wann', cell: (entry) => formatDateTime(entry.at) },
          { header: 'Wer', cell: (entry) => entry.actorLabel },
          { header: 'Was', cell: whatHappened },
        ]}
        rows={history}
        empty="Noch keine Änderungen: Die Meldung ist so, wie sie eingegangen ist."
      />
      <p>
        <a href={PATHS.staffGaps}>Zurück zur Liste</a>
      </p>
    </>
  );
}
