import { z } from 'zod';
import type { Config } from '../../../kernel/config';
import { demoPackDir, DemoPackError, readDemoPack } from '../../../kernel/config/demo-pack';

/**
 * The demo forms are generic; where a text names the town it says `{{stadt}}`, `{{behoerde}}` or
 * another word, filled in from the demo pack's `forms.json` (`words`) when the forms are seeded.
 * `stadt` and `behoerde` default to the municipality's name and official name.
 */
export const formsPackSchema = z.object({
  words: z.record(z.string().regex(/^[a-zA-Z]+$/, 'muss ein Wort wie registergericht sein'), z.string().min(1)).default({}),
});

export type TownWords = Record<string, string>;

const PLACEHOLDER = /\{\{([a-zA-Z]+)\}\}/g;

/** The words of the configured pack, or undefined when the municipality has no demo pack. */
export function townWords(config: Pick<Config, 'municipality' | 'configDir'>): TownWords | undefined {
  if (!demoPackDir(config)) return undefined;
  const pack = readDemoPack(config, 'forms', formsPackSchema);
  return { stadt: config.municipality.name, behoerde: config.municipality.officialName, ...pack?.words };
}

/** A copy of `value` with every `{{word}}` of every string filled in; an unknown word fails with the form named. */
export function fillTownWords<T>(value: T, words: TownWords, formKey: string): T {
  const fill = (item: unknown): unknown => {
    if (typeof item === 'string') {
      return item.replace(PLACEHOLDER, (_, word: string) => {
        const text = words[word];
        if (text === undefined) throw new DemoPackError(`Demo-Formular ${formKey}: forms.json des Demo-Pakets nennt kein Wort "${word}" (words.${word})`);
        return text;
      });
    }
    if (Array.isArray(item)) return item.map(fill);
    if (item && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, fill(entry)]));
    return item;
  };
  return fill(value) as T;
}
