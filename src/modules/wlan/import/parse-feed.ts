import type { LonLat } from '../../../kernel/geo';
import type { FeedFormat } from '../tables';
import { nodesOf, recogniseFormat } from './feed-formats';
import { checkNode, type FeedNode } from './node-checks';

export interface SkippedNode {
  nodeId: string;
  reason: string;
}

export type ParsedFeed =
  { ok: true; format: FeedFormat; read: number; nodes: FeedNode[]; skipped: SkippedNode[] } | { ok: false; format: FeedFormat | null; error: string };

function parseJson(text: string): { ok: true; document: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, document: JSON.parse(text) as unknown };
  } catch (error) {
    // V8 names the position; the text around it could be anything, so it is not quoted.
    const where = /position \d+/.exec((error as Error).message)?.[0];
    return {
      ok: false,
      error: `Der Feed ist kein gültiges JSON${where ? ` (Fehler an ${where.replace('position', 'Stelle')})` : ''}; vielleicht ist er abgeschnitten.`,
    };
  }
}

/**
 * A feed's text as checked nodes: the format recognised from the shape (or the source's, which the
 * document must then have), every node checked, a node id seen twice taken once.
 */
export function parseFeed(text: string, expected: FeedFormat | null, boundary: readonly LonLat[] | undefined): ParsedFeed {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, format: expected, error: parsed.error };
  const format = expected ?? recogniseFormat(parsed.document);
  if (!format) return { ok: false, format: null, error: 'Das Format des Feeds ist unbekannt: weder meshviewer.json noch nodes.json (Version 1 oder 2).' };
  const listed = nodesOf(parsed.document, format);
  if (!listed.ok) return { ok: false, format, error: listed.reason };
  const nodes: FeedNode[] = [];
  const skipped: SkippedNode[] = [];
  const seen = new Set<string>();
  for (const raw of listed.nodes) {
    const checked = checkNode(raw, boundary);
    if (!checked.ok) skipped.push({ nodeId: checked.nodeId, reason: checked.reason });
    else if (seen.has(checked.node.nodeId)) {
      skipped.push({ nodeId: checked.node.nodeId, reason: 'Die Kennung kommt im Feed mehrfach vor; nur der erste Eintrag zählt.' });
    } else {
      seen.add(checked.node.nodeId);
      nodes.push(checked.node);
    }
  }
  return { ok: true, format, read: listed.nodes.length, nodes, skipped };
}
