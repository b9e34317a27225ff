/**
 * The forms engine: pure functions over a form definition and the answers given so far. No I/O;
 * "today" is the day in Europe/Berlin when a function runs.
 */
export type { RawValues, FeeSummary, SummaryPage, ExportedAnswer } from './types';
export { visiblePages } from './visibility';
export { readPage, unknownFields } from './read-page';
export { validateAnswers } from './validate';
export { computeFee } from './fees';
export { summarizeAnswers } from './summary';
export { exportAnswers } from './export';
export { answersToValues, fileFieldsOf } from './raw-values';
/** Building blocks for the module's own views (not exported from the forms module). */
export { holds, type Scope } from './conditions';
export { ADD_ITEM, REMOVE_ITEM, REMOVE_FILE, ADDRESS_PARTS, itemCountName, itemInputName, fieldPlaces, findPlace } from './names';
export { itemsOf } from './visibility';
