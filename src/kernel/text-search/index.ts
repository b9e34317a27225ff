export { MAX_SEARCH_WORDS, MAX_WORD_CHARS, searchWords } from './words';
export { editDistance, TypoVocabulary } from './typos';
export { prefixTsquery, typoTolerantTsquery } from './tsquery';
export { parseTsvector, type WeightedLexeme } from './tsvector';
export { LexemePostings, ValueCodes } from './postings';
