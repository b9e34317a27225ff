/** The spellings of a new module's name that its files need ("bau-akten" → bauAkten, BauAkten, bau_akten, "Bau-Akten"). */
export interface ModuleNames {
  /** Folder, module id, URL segment, permission prefix: `bau-akten`. */
  id: string;
  camel: string;
  pascal: string;
  /** Table names: `bau_akten`. */
  snake: string;
  /** Heading in the UI until someone names it properly: `Bau-Akten`. */
  title: string;
}

/** Lower-case letters and digits, words joined by single hyphens, starting with a letter: a URL segment, a folder and an id at once. */
export const MODULE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function namesOf(id: string): ModuleNames {
  const words = id.split('-');
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    id,
    camel: words[0]! + words.slice(1).map(capital).join(''),
    pascal: words.map(capital).join(''),
    snake: words.join('_'),
    title: words.map(capital).join('-'),
  };
}
