import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { logoCandidates, PROJECT_ROOT, type Config } from '../config';

const LONG_CACHE = 'public, max-age=31536000, immutable';

/** The theme comes from configuration; a stylesheet (not inline styles) keeps the CSP strict. */
function themeCss(config: Config): string {
  const { primary, primaryContrast, accent } = config.municipality.theme;
  return `:root{--color-primary:${primary};--color-on-primary:${primaryContrast};--color-accent:${accent}}\n`;
}

function logoFile(config: Config): string {
  // The configuration check at start reports a missing logo; this is the last line of defence.
  const candidates = logoCandidates(config.configDir, config.municipality.logo.file);
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Logo ${config.municipality.logo.file} not found in ${config.configDir} or public/`);
  return found;
}

const IMAGE_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** Every asset is served by the portal itself: no CDN, no third-party requests. */
export async function registerAssets(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(fastifyStatic, {
    root: resolve(PROJECT_ROOT, 'public'),
    prefix: '/assets/',
    maxAge: '365d',
    immutable: true,
  });
  await app.register(fastifyStatic, {
    root: resolve(PROJECT_ROOT, 'node_modules/@fontsource/fira-sans/files'),
    prefix: '/assets/fonts/',
    decorateReply: false,
    maxAge: '365d',
    immutable: true,
  });
  // Leaflet for maps with a configured tile server (public/map.js loads it only then).
  await app.register(fastifyStatic, {
    root: resolve(PROJECT_ROOT, 'node_modules/leaflet/dist'),
    prefix: '/assets/leaflet/',
    decorateReply: false,
    maxAge: '365d',
    immutable: true,
  });
  const theme = themeCss(config);
  app.get('/assets/theme.css', (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', LONG_CACHE).send(theme));
  const logoPath = logoFile(config);
  const logo = readFileSync(logoPath);
  const logoType = IMAGE_TYPES[extname(logoPath).toLowerCase()] ?? 'application/octet-stream';
  app.get('/assets/logo', (_request, reply) => reply.type(logoType).header('cache-control', LONG_CACHE).send(logo));
}
