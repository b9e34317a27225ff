import { ckanAction, type CkanAction } from './action-route';
import { noParamsSchema } from './params';

/** The CKAN release whose API this one answers like; clients (ckanapi, harvesters) read it from status_show. */
export const CKAN_VERSION = '2.10.4';

export interface CkanSite {
  title: string;
  description: string;
  /** The portal's address without a trailing slash. */
  url: string;
  /** CKAN plugin names whose behaviour the portal offers, e.g. `datastore`, `dcat`, `dcatde`. */
  extensions: readonly string[];
}

/** status_show (ckan/logic/action/get.py): no mailbox is named (`error_emails_to` stays null). */
export function statusShowAction<Person>(site: CkanSite): CkanAction<Person> {
  return ckanAction(
    true,
    noParamsSchema,
    async () => ({
      site_title: site.title,
      site_description: site.description,
      site_url: site.url,
      error_emails_to: null,
      locale_default: 'de',
      extensions: [...site.extensions],
      ckan_version: CKAN_VERSION,
    }),
    "Return a dictionary with information about the site's configuration.\n\n:rtype: dictionary",
  );
}

export type Conformance = 'approved' | 'not reviewed' | 'rejected';

/** A licence of the portal's vocabulary; what it leaves out gets CKAN's defaults (DefaultLicense in ckan/model/license.py). */
export interface CkanLicenseInput {
  id: string;
  title: string;
  url: string;
  od_conformance?: Conformance;
  osd_conformance?: Conformance;
  status?: 'active' | 'inactive' | 'deleted';
  family?: string;
  maintainer?: string;
  domain_content?: boolean;
  domain_data?: boolean;
  domain_software?: boolean;
  is_generic?: boolean;
}

/**
 * CKAN's licence dict: the keys of CKAN 2.10's own licences (od_conformance, osd_conformance) and the
 * older ones GovData's clients read (is_okd_compliant, is_osi_compliant), derived from the former.
 */
export function licenseDict(license: CkanLicenseInput) {
  const od = license.od_conformance ?? 'not reviewed';
  const osd = license.osd_conformance ?? 'not reviewed';
  return {
    id: license.id,
    title: license.title,
    url: license.url,
    status: license.status ?? 'active',
    family: license.family ?? '',
    maintainer: license.maintainer ?? '',
    domain_content: license.domain_content ?? false,
    domain_data: license.domain_data ?? false,
    domain_software: license.domain_software ?? false,
    is_generic: license.is_generic ?? false,
    od_conformance: od,
    osd_conformance: osd,
    is_okd_compliant: od === 'approved',
    is_osi_compliant: osd === 'approved',
  };
}

/** license_list: the licences as given, in their order (injected: the vocabulary lives elsewhere in the module). */
export function licenseListAction<Person>(licenses: readonly CkanLicenseInput[]): CkanAction<Person> {
  const result = licenses.map(licenseDict);
  return ckanAction(
    true,
    noParamsSchema,
    async () => result,
    'Return the list of licenses available for datasets on the site.\n\n:rtype: list of dictionaries',
  );
}
