import type { FieldErrors } from '../../../../kernel/http';
import { ASSET_VERSION, Button, FilterPanel, Form, RadioGroup, TextField, type Option } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { WlanQuery } from '../query';

/** The three filters, each a group of radio buttons; the first choice is the default. */
const CHOICES: { name: 'status' | 'art' | 'bereich'; legend: string; options: Option[] }[] = [
  {
    name: 'status',
    legend: 'Zustand',
    options: [
      { value: 'alle', label: 'Alle' },
      { value: 'online', label: 'Nur online' },
      { value: 'offline', label: 'Nur offline' },
    ],
  },
  {
    name: 'art',
    legend: 'Betrieben von',
    options: [
      { value: 'alle', label: 'Alle' },
      { value: 'freifunk', label: 'Freifunk' },
      { value: 'stadt', label: 'Stadt und Gesellschaften' },
    ],
  },
  {
    name: 'bereich',
    legend: 'Gebiet',
    options: [
      { value: 'stadt', label: 'Nur im Stadtgebiet' },
      { value: 'alle', label: 'Auch außerhalb des Stadtgebiets' },
    ],
  },
];

interface FiltersProps {
  query: WlanQuery;
  errors?: FieldErrors;
  activeCount: number;
}

/**
 * "Near me" and the filters in one GET form (bookmarkable, works without JavaScript). The block with
 * "Meinen Standort verwenden" stays hidden until public/locate.js shows it; the browser's position
 * is asked only when that button is clicked, and sent as `breite`/`laenge` in this form.
 */
export function WlanFilters({ query, errors, activeCount }: FiltersProps) {
  return (
    <FilterPanel title="Hotspots in Ihrer Nähe und Filter" activeCount={activeCount} open>
      <Form action={PATHS.public} method="get" label="Hotspots suchen">
        <TextField
          name="ort"
          type="search"
          label="Adresse oder Straße"
          hint="Zum Beispiel: Schillerplatz 7. Die Liste zeigt dann die nächsten Hotspots zuerst."
          value={query.ort}
          autocomplete="street-address"
          error={errors?.ort}
        />
        <div class="locate" data-locate data-locate-latitude="breite" data-locate-longitude="laenge" data-locate-clears="ort" hidden>
          <Button type="button" variant="secondary">
            Meinen Standort verwenden
          </Button>
          <p class="hint">
            Ihr Browser fragt erst nach einem Klick, ob er Ihren Standort weitergeben darf. Der Standort wird nur für diese Liste an das Stadtportal gesendet,
            auf etwa 10 Meter gerundet und nicht gespeichert.
          </p>
          <p class="locate__status" data-locate-status role="status" aria-live="polite"></p>
        </div>
        {CHOICES.map(({ name, legend, options }) => (
          <RadioGroup name={name} legend={legend} value={query[name]} options={options} />
        ))}
        <Button>Hotspots anzeigen</Button>
      </Form>
      <script src={`/assets/locate.js?v=${ASSET_VERSION}`} defer />
    </FilterPanel>
  );
}
