import type { FieldErrors } from '../../../../kernel/http';
import { CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from '../../../../kernel/views';
import { FREQUENCIES } from '../../vocabularies/frequencies';
import { LICENSES, licenseById } from '../../vocabularies/licenses';
import { THEMES } from '../../vocabularies/themes';
import { list, text, type FormValues } from '../presenters';

const LICENSE_OPTIONS = LICENSES.map((license) => ({ value: license.id, label: license.title }));
const EXPLAINED = LICENSES.filter((license) => license.explanation);

/** Every DCAT-AP.de field a publisher states, for "Datensatz anlegen" and the dataset's page. */
export function DatasetFields({ values, errors }: { values: FormValues; errors?: FieldErrors | undefined }) {
  const value = (name: string) => text(values, name);
  const chosen = licenseById(value('licenseId') ?? '');
  return (
    <>
      <TextField name="title" label="Titel" value={value('title')} error={errors?.title} maxLength={300} />
      <TextField
        name="name"
        label="Kurzname"
        hint="Teil der Adresse des Datensatzes, zum Beispiel parkhaeuser-belegung: 2 bis 100 Kleinbuchstaben, Ziffern, - und _."
        value={value('name')}
        error={errors?.name}
        width="medium"
        spellcheck={false}
      />
      <TextArea
        name="notes"
        label="Beschreibung"
        hint="Was die Daten zeigen, woher sie kommen und was man wissen muss. Absätze, Listen und Links sind möglich (Markdown)."
        value={value('notes')}
        error={errors?.notes}
        rows={8}
      />
      <RadioGroup
        name="private"
        legend="Sichtbarkeit"
        value={value('private') ?? 'nein'}
        error={errors?.private}
        options={[
          { value: 'nein', label: 'Öffentlich', hint: 'Nach dem Veröffentlichen sieht ihn jede Person im Katalog.' },
          { value: 'ja', label: 'Nur für Mitglieder der Organisation', hint: 'Auch veröffentlicht erscheint er nicht im öffentlichen Katalog.' },
        ]}
      />
      <SelectField
        name="licenseId"
        label="Lizenz"
        hint={chosen?.explanation ?? 'Die Lizenz sagt, was andere mit den Daten tun dürfen. Die Erklärungen der üblichen Lizenzen stehen unter dem Feld.'}
        value={value('licenseId')}
        options={LICENSE_OPTIONS}
        placeholder="Bitte wählen"
        error={errors?.licenseId}
      />
      <details>
        <summary>Was die üblichen Lizenzen erlauben</summary>
        <dl>
          {EXPLAINED.map((license) => (
            <div key={license.id}>
              <dt>{license.title}</dt>
              <dd>{license.explanation}</dd>
            </div>
          ))}
        </dl>
      </details>
      <CheckboxGroup
        name="themes"
        legend="Kategorien"
        hint="Die Themen der EU, nach denen Portale wie GovData Datensätze ordnen. Wählen Sie alle passenden aus."
        values={list(values, 'themes')}
        error={errors?.themes}
        options={THEMES.map((theme) => ({ value: theme.code, label: theme.label }))}
      />
      <TextField
        name="tags"
        label="Schlagwörter"
        hint="Durch Kommas getrennt, zum Beispiel Parken, Verkehr, Innenstadt."
        value={value('tags')}
        error={errors?.tags}
      />
      <SelectField
        name="frequency"
        label="Aktualisierung"
        hint="Wie oft die Daten erneuert werden."
        value={value('frequency')}
        options={FREQUENCIES.map((frequency) => ({ value: frequency.code, label: frequency.label }))}
        placeholder="Keine Angabe"
        error={errors?.frequency}
      />
      <fieldset class="fieldset">
        <legend class="legend">Zeitraum, den die Daten abdecken</legend>
        <TextField
          name="temporalStart"
          label="Von"
          hint="Im Format JJJJ-MM-TT, zum Beispiel 2024-01-01."
          value={value('temporalStart')}
          error={errors?.temporalStart}
          width="medium"
        />
        <TextField
          name="temporalEnd"
          label="Bis"
          hint="Im Format JJJJ-MM-TT; leer, wenn der Zeitraum noch andauert."
          value={value('temporalEnd')}
          error={errors?.temporalEnd}
          width="medium"
        />
      </fieldset>
      <fieldset class="fieldset">
        <legend class="legend">Kontakt für Fragen zu den Daten</legend>
        <TextField
          name="contactName"
          label="Kontaktstelle"
          hint="Die Stelle, nicht eine Person, zum Beispiel Open-Data-Stelle."
          value={value('contactName')}
          error={errors?.contactName}
        />
        <TextField
          name="contactEmail"
          label="E-Mail-Adresse der Kontaktstelle"
          hint="Ein Funktionspostfach wie opendata@…, keine persönliche Adresse: die Adresse wird mit den Daten veröffentlicht."
          type="email"
          value={value('contactEmail')}
          error={errors?.contactEmail}
          spellcheck={false}
        />
        <TextField name="contactUrl" label="Internetseite der Kontaktstelle (freiwillig)" type="url" value={value('contactUrl')} error={errors?.contactUrl} />
      </fieldset>
      <TextField
        name="legalBasis"
        label="Rechtsgrundlage (freiwillig)"
        hint="Das Gesetz oder die Satzung, nach der die Daten erhoben werden."
        value={value('legalBasis')}
        error={errors?.legalBasis}
      />
      <TextField
        name="landingPage"
        label="Internetseite zu den Daten (freiwillig)"
        hint="Eine Seite mit weiteren Erklärungen, mit https://."
        type="url"
        value={value('landingPage')}
        error={errors?.landingPage}
      />
      <TextField name="version" label="Version (freiwillig)" value={value('version')} error={errors?.version} width="short" />
      <TextField
        name="spatialKey"
        label="Regionalschlüssel des Gebiets (freiwillig)"
        hint="Der Amtliche Regionalschlüssel des Gebiets, das die Daten abdecken, 2 bis 12 Ziffern. Neue Datensätze gelten für die ganze Stadt."
        value={value('spatialKey')}
        error={errors?.spatialKey}
        inputMode="numeric"
        width="medium"
      />
      <fieldset class="fieldset">
        <legend class="legend">Stand der Daten (freiwillig)</legend>
        <TextField
          name="issued"
          label="Erstmals veröffentlicht am"
          hint="Im Format JJJJ-MM-TT."
          value={value('issued')}
          error={errors?.issued}
          width="medium"
        />
        <TextField name="modified" label="Zuletzt geändert am" hint="Im Format JJJJ-MM-TT." value={value('modified')} error={errors?.modified} width="medium" />
      </fieldset>
    </>
  );
}
