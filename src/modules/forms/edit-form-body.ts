import { parseForm, type FieldErrors } from '../../kernel/http';
import { itemInput, pageInput } from './presenters';
import { itemTexts, moveSchema, optionLines, pageTexts, repeatTexts, texts } from './schemas';
import type { DraftEdit } from './use-cases/draft-edits';

export type EditRead = { ok: true; edit: DraftEdit; anchor: string } | { ok: false; errors: FieldErrors; values: Record<string, string> };

const field = (body: Record<string, unknown>, name: string): string => (typeof body[name] === 'string' ? body[name] : '');

/** The section's inputs without their prefix (`item-name-label` → `label`), so the shared schemas apply. */
function section(body: Record<string, unknown>, prefix: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

function prefixed<T>(record: Record<string, T>, prefix: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [prefix + key, value]));
}

function readItem(body: Record<string, unknown>, id: string): EditRead {
  const prefix = itemInput(id, '');
  const posted = section(body, prefix);
  const parsed = parseForm(itemTexts, posted);
  const options = 'options' in posted ? parseForm(optionLines, posted.options) : undefined;
  const repeat = 'itemLabel' in posted ? parseForm(repeatTexts, posted) : undefined;
  if (!parsed.ok || (options && !options.ok) || (repeat && !repeat.ok)) {
    const errors = {
      ...(parsed.ok ? {} : parsed.errors),
      ...(options && !options.ok ? { options: Object.values(options.errors)[0]! } : {}),
      ...(repeat && !repeat.ok ? repeat.errors : {}),
    };
    return {
      ok: false,
      errors: prefixed(errors, prefix),
      values: prefixed(Object.fromEntries(Object.entries(posted).map(([key, value]) => [key, String(value)])), prefix),
    };
  }
  return {
    ok: true,
    edit: { op: 'item', itemId: id, ...parsed.data, options: options?.ok ? options.data : undefined, repeat: repeat?.ok ? repeat.data : undefined },
    anchor: `${id}-heading`,
  };
}

/** Which section of the editor was sent (`op`) and what it asks for; errors keyed by the section's input names. */
export function readEditBody(body: Record<string, unknown>): EditRead | undefined {
  const id = field(body, 'id');
  switch (field(body, 'op')) {
    case 'texts': {
      const parsed = parseForm(texts, body);
      return parsed.ok ? { ok: true, edit: { op: 'texts', ...parsed.data }, anchor: 'texts-heading' } : parsed;
    }
    case 'page': {
      const prefix = pageInput(id, '');
      const parsed = parseForm(pageTexts, section(body, prefix));
      if (!parsed.ok) return { ok: false, errors: prefixed(parsed.errors, prefix), values: prefixed(parsed.values, prefix) };
      return { ok: true, edit: { op: 'page', pageId: id, ...parsed.data }, anchor: `page-${id}-heading` };
    }
    case 'item':
      return readItem(body, id);
    case 'move': {
      const parsed = parseForm(moveSchema, body);
      const target = field(body, 'target');
      if (!parsed.ok || (target !== 'page' && target !== 'item')) return undefined;
      return {
        ok: true,
        edit: { op: 'move', target, id, direction: parsed.data.direction },
        anchor: target === 'page' ? `page-${id}-heading` : `${id}-heading`,
      };
    }
    default:
      return undefined;
  }
}
