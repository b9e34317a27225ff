import type { ErrorObject } from 'ajv';

const LISTS: Record<string, string> = {
  measures: 'Maßnahme',
  figures: 'Kennzahl',
  milestones: 'Meilenstein',
  links: 'Verknüpfung',
  parts: 'Anteil',
  months: 'Monat',
};

/** Where in the feed, as people read it: "Maßnahme 3, Meilenstein 2, Feld „dueOn“". */
export function placeOf(instancePath: string): string {
  const segments = instancePath.split('/').slice(1);
  const words: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!.replaceAll('~1', '/').replaceAll('~0', '~');
    const position = segments[index + 1];
    if (LISTS[segment] && position !== undefined && /^\d+$/.test(position)) {
      words.push(`${LISTS[segment]} ${Number(position) + 1}`);
      index++;
    } else words.push(`Feld „${segment.slice(0, 60)}“`);
  }
  return words.length ? words.join(', ') : 'Der Feed';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  integer: 'eine ganze Zahl',
  object: 'ein Objekt',
  array: 'eine Liste',
  null: 'leer (null)',
  boolean: 'wahr oder falsch',
};

/** One schema violation in plain German, naming the place and what is expected there. */
export function problemOf(error: ErrorObject): string {
  const place = placeOf(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${place}: Es fehlt das Feld „${String(params.missingProperty)}“.`;
    case 'type':
      return `${place} muss ${String(params.type)
        .split(',')
        .map((type) => TYPE_WORDS[type] ?? type)
        .join(' oder ')} sein.`;
    case 'maxItems':
      return `${place} hat mehr als ${String(params.limit)} Einträge.`;
    case 'maxLength':
      return `${place} ist länger als ${String(params.limit)} Zeichen.`;
    case 'minLength':
      return `${place} ist leer.`;
    case 'pattern':
      return `${place} hat nicht die erwartete Form.`;
    case 'enum':
      return `${place} muss einer dieser Werte sein: ${(params.allowedValues as unknown[]).map(String).join(', ')}.`;
    case 'minimum':
    case 'maximum':
      return `${place} muss ${error.keyword === 'minimum' ? 'mindestens' : 'höchstens'} ${String(params.limit)} sein.`;
    case 'anyOf':
      return `${place} hat weder die erwartete Form noch ist es leer (null).`;
    default:
      return `${place} entspricht nicht dem Schema (${error.keyword}).`;
  }
}
