/** The library's events: entered by staff, public pages, and the education calendar's source (ADR 18). */
export { seedLibraryEventsDemo } from './demo';
export { EVENT_PATHS } from './paths';
export { EVENTS_PERMISSION, mayManageLibraryEvents } from './policies';
export { libraryEventRoutes } from './routes';
export { libraryEventSource } from './source';
