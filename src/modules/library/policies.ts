/** Library staff: catalogue, lending desk and fees; admins hold it implicitly. */
export const LEND_PERMISSION = 'library.lend';
