import type { Actor } from '../../../kernel/auth';
import type { ModuleDeps, SearchHit, SearchProvider } from '../../../kernel/module';
import type { SearchInput } from '../schemas';

/** Hits per area on /suche; the area's own search shows the rest. */
export const HITS_PER_AREA = 5;
/** A provider that has not answered by then counts as failed, so one slow module cannot hold the page. */
export const PROVIDER_TIMEOUT_MS = 3000;

export interface SearchGroup {
  area: string;
  total: number;
  hits: SearchHit[];
  moreHref: string;
}

export interface PortalSearchResult {
  groups: SearchGroup[];
  /** Areas whose provider threw or timed out: the page says they could not be searched. */
  failed: { area: string; error: unknown }[];
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`search provider did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Asks every registered module's search provider at once and groups the answers by area, in
 * registry order; areas without hits are left out. Public: providers search public content only,
 * so the actor is not consulted (the signature stays the contract's, for the day one is).
 */
export async function searchPortal(_actor: Actor, input: SearchInput, deps: ModuleDeps): Promise<PortalSearchResult> {
  if (!input.q || !input.searchable) return { groups: [], failed: [] };
  const providers = deps.modules.flatMap((module) => (module.search ? [module.search] : []));
  // Inside the promise, so a provider that throws synchronously (or in moreHref) is one failed area too.
  const ask = async (provider: SearchProvider) => {
    const { total, hits } = await provider.search(input.q, HITS_PER_AREA, deps);
    return { area: provider.area, total, hits: hits.slice(0, HITS_PER_AREA), moreHref: provider.moreHref(input.q) };
  };
  const answers = await Promise.allSettled(providers.map((provider) => withTimeout(ask(provider), PROVIDER_TIMEOUT_MS)));
  const result: PortalSearchResult = { groups: [], failed: [] };
  answers.forEach((answer, index) => {
    const provider = providers[index]!;
    if (answer.status === 'rejected') result.failed.push({ area: provider.area, error: answer.reason });
    else if (answer.value.total > 0 && answer.value.hits.length > 0) result.groups.push(answer.value);
  });
  return result;
}
