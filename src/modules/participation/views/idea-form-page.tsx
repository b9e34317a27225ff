import type { FieldErrors } from '../../../kernel/http';
import { Button, ErrorSummary, Form, InsetText, RadioGroup, SpamFields, TextArea, TextField } from '../../../kernel/views';
import type { MeasureChoice } from '../../cockpit';
import { PATHS } from '../paths';
import { MeasureSelect } from './measure-select';
import { IDEA_MAX, TITLE_MAX } from '../schemas';

export interface IdeaFormProps {
  values?: Record<string, string>;
  errors?: FieldErrors | undefined;
  measures: readonly MeasureChoice[];
  displayName: string;
  preModerated: boolean;
  stamp: string;
}

/** "Vorschlag einreichen": title, text (plain text), optionally a measure, and whether the name is shown. */
export function IdeaFormPage({ values = {}, errors, measures, displayName, preModerated, stamp }: IdeaFormProps) {
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Vorschlag einreichen</h1>
      <p class="lead">Beschreiben Sie, was die Stadt digital besser machen kann. Andere können Ihren Vorschlag unterstützen und kommentieren.</p>
      <InsetText>
        {preModerated
          ? 'Das Moderationsteam der Stadt liest jeden Vorschlag, bevor er erscheint. Das dauert meist einen Arbeitstag.'
          : 'Ihr Vorschlag erscheint sofort. Das Moderationsteam der Stadt liest jeden Vorschlag und blendet Beiträge aus, die gegen die Regeln verstoßen.'}
      </InsetText>
      <Form action={PATHS.newIdea}>
        <TextField
          name="titel"
          label="Titel"
          hint="Ein kurzer Satz, zum Beispiel „WLAN in allen Bussen“."
          value={values.titel}
          error={errors?.titel}
          maxLength={TITLE_MAX}
        />
        <TextArea
          name="text"
          label="Ihr Vorschlag"
          hint="Was fehlt heute, was schlagen Sie vor, wem hilft es? Nur Text: Formatierungen und Links werden nicht übernommen."
          value={values.text}
          error={errors?.text}
          rows={8}
          maxLength={IDEA_MAX}
        />
        <MeasureSelect label="Zu welcher Maßnahme passt Ihr Vorschlag? (freiwillig)" value={values.massnahme} error={errors?.massnahme} measures={measures} />
        <RadioGroup
          name="name_zeigen"
          legend="Soll Ihr Name beim Vorschlag stehen?"
          value={values.name_zeigen}
          error={errors?.name_zeigen}
          options={[
            { value: 'ja', label: `Ja, als „${displayName}“` },
            { value: 'nein', label: 'Nein, als „anonym“ zeigen' },
          ]}
        />
        <SpamFields stamp={stamp} errors={errors} />
        <Button>Vorschlag einreichen</Button>
      </Form>
    </>
  );
}
