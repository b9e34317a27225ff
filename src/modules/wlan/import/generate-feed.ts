/**
 * A meshviewer.json of any size with plausible nodes around a point, for the benchmark and tests: the
 * same fields yanic writes (also ones the importer ignores, such as addresses and owner contact), so
 * reading and skipping them costs what it costs with a real feed.
 */
export interface GeneratedNode {
  id: string;
  latitude: number;
  longitude: number;
  online: boolean;
  clients: number;
}

/** `count` nodes spread over about 10 × 7 km around the centre; deterministic for a given count. */
export function generatedNodes(count: number, [lon, lat]: readonly [number, number] = [7.69, 51.377]): GeneratedNode[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `c0ffee${index.toString(16).padStart(6, '0')}`,
    latitude: Number((lat + (((index * 7919) % 1000) / 1000 - 0.5) * 0.06).toFixed(5)),
    longitude: Number((lon + (((index * 104_729) % 1000) / 1000 - 0.5) * 0.14).toFixed(5)),
    online: index % 7 !== 0,
    clients: index % 13,
  }));
}

export function meshviewerJson(nodes: readonly GeneratedNode[], timestamp = new Date()): string {
  const iso = timestamp.toISOString();
  return JSON.stringify({
    timestamp: iso,
    nodes: nodes.map((node) => ({
      node_id: node.id,
      hostname: `ffmk-knoten-${node.id}`,
      domain: 'ffmk',
      firstseen: '2025-01-01T00:00:00.000Z',
      lastseen: iso,
      is_online: node.online,
      is_gateway: false,
      location: { latitude: node.latitude, longitude: node.longitude },
      firmware: { release: 'v2023.2.3', base: 'gluon-v2023.2.3' },
      model: 'TP-Link TL-WR841N/ND v9',
      clients: node.clients,
      clients_wifi24: node.clients,
      clients_wifi5: 0,
      addresses: [`fd00::${node.id.slice(-4)}`],
      owner: { contact: `betreiber-${node.id}@example.org` },
    })),
    links: [],
  });
}
