import type { FeedFormat } from '../tables';

/**
 * What the importer needs of one node, in whichever format it came: everything else a feed carries
 * (addresses, owner contact, firmware, links) is never read, so it cannot be stored.
 */
export interface RawNode {
  nodeId: unknown;
  hostname: unknown;
  latitude: unknown;
  longitude: unknown;
  online: unknown;
  clients: unknown;
  model: unknown;
  firstSeen: unknown;
  lastSeen: unknown;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const field = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

/**
 * meshviewer.json (freifunk/meshviewer, written by yanic): `{ timestamp, nodes: [{ node_id, hostname,
 * is_online, clients, model, location: { latitude, longitude }, firstseen, lastseen }], links }`.
 */
function meshviewerNode(node: unknown): RawNode {
  const location = field(node, 'location');
  return {
    nodeId: field(node, 'node_id'),
    hostname: field(node, 'hostname'),
    latitude: field(location, 'latitude'),
    longitude: field(location, 'longitude'),
    online: field(node, 'is_online'),
    clients: field(node, 'clients'),
    model: field(node, 'model'),
    firstSeen: field(node, 'firstseen'),
    lastSeen: field(node, 'lastseen'),
  };
}

/**
 * A node of ffmap-backend's and hopglass-server's nodes.json (versions 1 and 2 alike):
 * `{ nodeinfo: { node_id, hostname, location, hardware: { model } }, flags: { online },
 * statistics: { clients }, firstseen, lastseen }`. Version 1 keys the nodes by id, so the key stands
 * in for a missing `nodeinfo.node_id`.
 */
function ffmapNode(node: unknown, key?: string): RawNode {
  const nodeinfo = field(node, 'nodeinfo');
  const location = field(nodeinfo, 'location');
  return {
    nodeId: field(nodeinfo, 'node_id') ?? key,
    hostname: field(nodeinfo, 'hostname'),
    latitude: field(location, 'latitude'),
    longitude: field(location, 'longitude'),
    online: field(field(node, 'flags'), 'online'),
    clients: field(field(node, 'statistics'), 'clients'),
    model: field(field(nodeinfo, 'hardware'), 'model'),
    firstSeen: field(node, 'firstseen'),
    lastSeen: field(node, 'lastseen'),
  };
}

/** The format a document has, by its shape; undefined when it is none of the three. */
export function recogniseFormat(document: unknown): FeedFormat | undefined {
  const nodes = field(document, 'nodes');
  const version = field(document, 'version');
  if (isObject(nodes) && (version === 1 || version === undefined)) return 'nodes-v1';
  if (!Array.isArray(nodes)) return undefined;
  if (version === 2) return 'nodes-v2';
  const first: unknown = nodes[0];
  if (first === undefined || field(first, 'node_id') !== undefined) return 'meshviewer';
  if (field(first, 'nodeinfo') !== undefined) return 'nodes-v2';
  return undefined;
}

const FORMAT_NAMES: Record<FeedFormat, string> = { meshviewer: 'meshviewer.json', 'nodes-v1': 'nodes.json (Version 1)', 'nodes-v2': 'nodes.json (Version 2)' };

/** The nodes of a document in the given format, or a German reason why the document is not in it. */
export function nodesOf(document: unknown, format: FeedFormat): { ok: true; nodes: RawNode[] } | { ok: false; reason: string } {
  const nodes = field(document, 'nodes');
  if (format === 'nodes-v1') {
    if (!isObject(nodes)) return { ok: false, reason: `Der Feed ist kein ${FORMAT_NAMES[format]}: „nodes“ ist kein Objekt.` };
    return { ok: true, nodes: Object.entries(nodes).map(([key, node]) => ffmapNode(node, key)) };
  }
  if (!Array.isArray(nodes)) return { ok: false, reason: `Der Feed ist kein ${FORMAT_NAMES[format]}: „nodes“ ist keine Liste.` };
  return { ok: true, nodes: nodes.map((node) => (format === 'meshviewer' ? meshviewerNode(node) : ffmapNode(node))) };
}
