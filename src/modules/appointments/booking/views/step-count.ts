/** The booking's question pages: services, location, day, time, details. */
export const STEP_COUNT = 5;
