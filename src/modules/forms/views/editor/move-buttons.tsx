import { Button, Form } from '../../../../kernel/views';

/** "Nach oben" / "Nach unten" for a page or a field: a small form each, no JavaScript. */
export function MoveButtons({
  action,
  target,
  id,
  name,
  isFirst,
  isLast,
}: {
  action: string;
  target: 'page' | 'item';
  id: string;
  name: string;
  isFirst: boolean;
  isLast: boolean;
}) {
  if (isFirst && isLast) return null;
  return (
    <Form action={action} class="button-group">
      <input type="hidden" name="op" value="move" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      {!isFirst && (
        <Button variant="secondary" name="direction" value="up">
          Nach oben<span class="visually-hidden">: {name}</span>
        </Button>
      )}
      {!isLast && (
        <Button variant="secondary" name="direction" value="down">
          Nach unten<span class="visually-hidden">: {name}</span>
        </Button>
      )}
    </Form>
  );
}
