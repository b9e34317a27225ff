import { moduleSettings } from '../../../kernel/config';
import type { Actor } from '../../../kernel/auth';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { SLUG } from '../paths';
import { statePortalUrl } from '../presenters';
import { findServiceDetail, type ServiceDetail } from '../repository';
import { statePortalSettings } from '../settings';

/** One Leistung with its link to the state's service portal (when it has a LeiKa key). Public; unknown or malformed slug: 404. */
export async function showService(
  _actor: Actor,
  input: { slug: string },
  deps: Pick<ModuleDeps, 'db' | 'config'>,
): Promise<{ service: ServiceDetail; statePortal: { name: string; url: string } | null }> {
  const service = SLUG.test(input.slug) ? await findServiceDetail(deps.db, input.slug) : null;
  if (!service) throw errors.notFound('Die Leistung');
  const portal = moduleSettings(deps, statePortalSettings);
  const url = statePortalUrl(portal.leistungUrl, service.leikaKey);
  return { service, statePortal: url ? { name: portal.name, url } : null };
}
