import type { FieldErrors } from '../../../../kernel/http';
import { Button, Form, RadioGroup, TextArea } from '../../../../kernel/views';
import { REASON_MAX } from '../../schemas';

/** Approve, or hide with a reason the author sees (the public reads only "vom Moderationsteam ausgeblendet"). */
export function ModerationForm({
  action,
  values = {},
  errors,
}: {
  action: string;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
}) {
  return (
    <Form action={action}>
      <RadioGroup
        name="entscheidung"
        legend="Entscheidung"
        value={values.entscheidung}
        error={errors?.entscheidung}
        options={[
          { value: 'freigeben', label: 'Freigeben', hint: 'Der Beitrag ist öffentlich; offene Meldungen sind erledigt.' },
          { value: 'ausblenden', label: 'Ausblenden', hint: 'Öffentlich steht nur noch „vom Moderationsteam ausgeblendet“.' },
        ]}
      />
      <TextArea
        name="grund"
        label="Grund für das Ausblenden"
        hint="Nur nötig beim Ausblenden. Die Person, die den Beitrag geschrieben hat, sieht ihn."
        value={values.grund}
        error={errors?.grund}
        rows={3}
        maxLength={REASON_MAX}
      />
      <Button>Entscheidung speichern</Button>
    </Form>
  );
}
