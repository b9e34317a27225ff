import type { CkanLicenseInput } from '../ckan/static-actions';
import { LICENSES } from '../vocabularies/licenses';

/** The dcat-ap.de licence vocabulary as CKAN's license_list gives it (ids as GovData's CKAN spells them). */
export function ckanLicenses(): CkanLicenseInput[] {
  return LICENSES.map((license) => ({
    id: license.id,
    title: license.title,
    url: license.textUrl ?? license.uri,
    od_conformance: license.open ? 'approved' : 'not reviewed',
    status: 'active',
    domain_data: true,
  }));
}
