import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { readMemory } from '../lib/rss';

export const RDF_FORMATS = ['ttl', 'rdf', 'jsonld'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];

/** Where each serialisation names the next page (the current Hydra term; ckanext-dcat's legacy `nextPage` is there too). */
const NEXT: Record<RdfFormat, RegExp> = {
  ttl: /hydra:next <([^>]+)>/,
  rdf: /<hydra:next rdf:resource="([^"]+)"/,
  jsonld: /"hydra:next":\[\{"@id":"([^"]+)"\}\]/,
};
/** One dataset's subject in each serialisation, to count what the pages held. */
const DATASET: Record<RdfFormat, RegExp> = {
  ttl: /\ba dcat:Dataset\b/g,
  rdf: /<rdf:type rdf:resource="http:\/\/www.w3.org\/ns\/dcat#Dataset"\/>/g,
  jsonld: /"@type":\["dcat:Dataset"\]/g,
};

export interface Paging {
  format: RdfFormat;
  pages: number;
  datasets: number;
  megabytes: number;
  seconds: number;
  /** RSS of the server (MB): before the first page, the highest seen while paging (sampled every 50 ms), after the last. */
  idleMb: number;
  peakMb: number;
  afterMb: number;
  error?: string;
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('timeout', () => req.destroy(new Error(`timeout on ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

const rssOf = (pid: number) => readMemory(pid)?.rssMb ?? Number.NaN;

/**
 * Pages through /catalog.<format> as a harvester does: one page after the other, following
 * `hydra:next` (its path and query, on this server: the portal writes its public BASE_URL).
 */
export async function pageThrough(baseUrl: string, serverPid: number, format: RdfFormat, idleMb: number, maxPages = 1000): Promise<Paging> {
  const started = performance.now();
  let peakMb = Math.max(idleMb, rssOf(serverPid));
  const sampler = setInterval(() => {
    peakMb = Math.max(peakMb, rssOf(serverPid));
  }, 50);
  const paging: Paging = { format, pages: 0, datasets: 0, megabytes: 0, seconds: 0, idleMb, peakMb, afterMb: Number.NaN };
  try {
    let next: string | undefined = `/catalog.${format}`;
    while (next && paging.pages < maxPages) {
      const { status, body } = await get(`${baseUrl}${next}`);
      if (status !== 200) throw new Error(`${next} answered ${status}`);
      paging.pages += 1;
      paging.megabytes += Buffer.byteLength(body) / 1e6;
      paging.datasets += body.match(DATASET[format])?.length ?? 0;
      const link = NEXT[format].exec(body)?.[1];
      next = link ? new URL(link).pathname + new URL(link).search : undefined;
    }
  } catch (error) {
    paging.error = error instanceof Error ? error.message : String(error);
  } finally {
    clearInterval(sampler);
  }
  paging.seconds = (performance.now() - started) / 1000;
  paging.afterMb = rssOf(serverPid);
  paging.peakMb = Math.max(peakMb, paging.afterMb);
  return paging;
}
