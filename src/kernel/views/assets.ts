import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

/** Changes whenever the stylesheet or script changes, so browsers may cache assets for long. */
export const ASSET_VERSION = createHash('sha256')
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/portal.css')))
  .update(readFileSync(resolve(PROJECT_ROOT, 'public/portal.js')))
  .digest('hex')
  .slice(0, 10);
