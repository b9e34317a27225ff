import { Button, Form, TextField } from '../../../../kernel/views';

interface ScanFormProps {
  action: string;
  method?: 'get' | 'post';
  name: string;
  label: string;
  hint: string;
  value: string | undefined;
  error: string | undefined;
  button: string;
}

/** One field the desk scans into (card or copy) and its button: the scanner's Enter submits it. */
export function ScanForm({ action, method = 'post', name, label, hint, value, error, button }: ScanFormProps) {
  return (
    <Form action={action} method={method} label={method === 'get' ? label : undefined}>
      <TextField name={name} label={label} hint={hint} value={value} error={error} width="medium" spellcheck={false} />
      <Button>{button}</Button>
    </Form>
  );
}
