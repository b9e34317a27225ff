/** Test-only entry of the vhs module (tests/support/README.md): the demo pack as the seed reads it, paths and factories. */
export { readVhsPack, seedVhsDemo } from './demo';
export { VHS_STAFF_PATHS, WEBINAR_PATHS } from './paths';
export { createBooking, createCourse } from './programme-test-support';
