import { Button, Checkbox, FilterPanel, Form, SelectField, TextField, type Option } from '../../../../kernel/views';
import type { ServiceForApplication } from '../../../services';
import { PATHS } from '../../paths';
import { APPLICATION_STATUSES, STATUS_LABELS } from '../../workflow';
import type { Colleague } from '../repository';
import type { InboxFilters } from '../schemas';

interface InboxFiltersProps {
  filters: InboxFilters;
  services: ServiceForApplication[];
  colleagues: readonly Colleague[];
  /** How many filters are set, for the closed disclosure. */
  activeCount: number;
}

const STATUS_OPTIONS: Option[] = [
  { value: 'open', label: 'Offene (eingegangen, in Bearbeitung, Rückfrage)' },
  { value: 'all', label: 'Alle' },
  ...APPLICATION_STATUSES.filter((status) => status !== 'draft').map((status) => ({ value: status, label: STATUS_LABELS[status] })),
];

/** An ISO date input: browsers show a date picker, others accept the typed form given in the hint. */
function DateInput({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <div class="form-group">
      <label class="label" for={name}>
        {label}
      </label>
      <div id={`${name}-hint`} class="hint">
        Zum Beispiel 2026-03-27
      </div>
      <input class="input input--medium" type="date" id={name} name={name} value={value} aria-describedby={`${name}-hint`} />
    </div>
  );
}

function assigneeValue(filters: InboxFilters): string {
  if (!filters.assignee) return '';
  return typeof filters.assignee === 'string' ? filters.assignee : filters.assignee.userId;
}

/**
 * The filters as a plain GET form (bookmarkable, works without JavaScript), inside a disclosure:
 * on narrow screens it stays closed so the results come first; on wide screens the stylesheet
 * shows it as a panel beside the results. The sorting chosen in the table header is kept.
 */
export function InboxFilterForm({ filters, services, colleagues, activeCount }: InboxFiltersProps) {
  return (
    <FilterPanel title="Filter" activeCount={activeCount}>
      <Form action={PATHS.inbox} method="get" label="Anträge filtern">
        <TextField name="q" label="Suche" hint="Aktenzeichen, Name oder Begriffe aus den Angaben" type="search" value={filters.q} />
        <SelectField
          name="leistung"
          label="Leistung"
          value={filters.service ?? ''}
          placeholder="Alle Leistungen"
          options={services.map((service) => ({ value: service.slug, label: service.name }))}
        />
        <SelectField name="status" label="Status" value={filters.status} options={STATUS_OPTIONS} />
        <fieldset class="fieldset">
          <legend class="legend">Eingegangen im Zeitraum</legend>
          <DateInput name="von" label="Von" value={filters.submittedFrom} />
          <DateInput name="bis" label="Bis" value={filters.submittedTo} />
        </fieldset>
        <SelectField
          name="bearbeitung"
          label="Bearbeitet von"
          value={assigneeValue(filters)}
          placeholder="Alle"
          options={[
            { value: 'me', label: 'Mir zugewiesen' },
            { value: 'none', label: 'Niemandem zugewiesen' },
            ...colleagues.map((colleague) => ({ value: colleague.id, label: colleague.displayName })),
          ]}
        />
        <Checkbox name="ueberfaellig" label="Nur überfällige Anträge" checked={filters.overdue} />
        {filters.sort === 'submitted' && <input type="hidden" name="sortierung" value="eingang" />}
        <div class="filter-panel__actions">
          <Button>Filter anwenden</Button>
        </div>
      </Form>
    </FilterPanel>
  );
}
