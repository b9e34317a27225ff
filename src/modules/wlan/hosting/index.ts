/** Hosting Freifunk (README.md, "Hosting Freifunk"): the page for hosts and its application through the Bürgerplattform. */
export { registerHostingRoutes } from './routes';
export { freifunkSettings } from './settings';
