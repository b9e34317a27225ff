import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * Fira Sans (the portal's typeface), embedded as subsets: the standard PDF fonts cannot carry
 * every character and give no ToUnicode map, so umlauts, ß and € would not print or not be
 * searchable and read aloud.
 */
const FILES = resolve(PROJECT_ROOT, 'node_modules/@fontsource/fira-sans/files');
export const FONTS = {
  regular: { name: 'FiraSans', file: resolve(FILES, 'fira-sans-latin-400-normal.woff') },
  bold: { name: 'FiraSans-Bold', file: resolve(FILES, 'fira-sans-latin-700-normal.woff') },
} as const;
