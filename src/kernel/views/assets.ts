import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Changes whenever a stylesheet or script changes (Leaflet's version included), so browsers may cache assets for long. */
export const ASSET_VERSION = createHash('sha256')
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/portal.css')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/portal.js')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/map.js')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/datastore-status.js')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/locate.js')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/call-display.js')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'node_modules/leaflet/package.json')))
  .digest('hex')
  .slice(0, 10);
