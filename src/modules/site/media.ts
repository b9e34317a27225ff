import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../kernel/config';

export const MEDIA_PREFIX = '/media/';

/** `<config dir>/media` (beside the municipality file) and `<DATA_DIR>/media`, those that exist. */
export function mediaRoots(config: Config): string[] {
  const candidates = [...new Set([resolve(config.configDir, 'media'), resolve(config.dataDir, 'media')])];
  return candidates.filter((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

/** The file a `/media/...` source is served from, if it exists inside a media root. */
export function localMediaFile(roots: string[], src: string): string | undefined {
  if (!src.startsWith(MEDIA_PREFIX)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(src.slice(MEDIA_PREFIX.length).split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  for (const root of roots) {
    const file = resolve(root, relative);
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * A video can be played when its file is served by the portal or it comes from an https host (the
 * CSP allows the origins of configured videos). Anything else would show a broken player.
 */
export function isPlayable(roots: string[], src: string): boolean {
  return /^https:\/\//.test(src) || localMediaFile(roots, src) !== undefined;
}

/**
 * Serves the municipality's media files (sign-language videos) with HTTP range requests, so
 * browsers can seek in a video without downloading all of it. Dotfiles and directory listings are not served.
 */
export async function registerMedia(app: FastifyInstance, roots: string[]): Promise<void> {
  if (roots.length === 0) return;
  await app.register(fastifyStatic, {
    root: roots,
    prefix: MEDIA_PREFIX,
    decorateReply: false,
    index: false,
    list: false,
    dotfiles: 'ignore',
    acceptRanges: true,
    maxAge: '1h',
  });
}
