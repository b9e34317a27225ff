import type { ModuleDeps } from '../../../../kernel/module';
import { PATHS, OPARL_PATHS } from '../../paths';
import type { OparlContext } from '../context';
import { oparlErrors } from '../errors';
import { optionalDateTime, withoutEmpty, type JsonObject } from '../json';
import { kindOf } from '../kinds';
import { OPARL_SCHEMA, typeUrl } from '../objects/common';
import { isObjectId } from '../params';
import { renderKept } from '../rendered-objects';
import { isVisible, systemTimes } from '../repository';

type ApiDeps = Pick<ModuleDeps, 'db' | 'config' | 'database'>;

/**
 * One object at its canonical URL, the same for every caller: the API shows only what the public may
 * see, so a non-public agenda item, paper or file (or a consultation of such a paper) answers 404
 * exactly like an id that never existed. A deleted object answers 200 with its remains (spec 2.8).
 */
export async function showObject(type: string, id: string, options: { omitInternal: boolean }, deps: ApiDeps): Promise<JsonObject> {
  const kind = kindOf(type);
  if (!kind || !isObjectId(id)) throw oparlErrors.notFound();
  if (!(await isVisible(deps.db, kind, id))) throw oparlErrors.notFound();
  const context: OparlContext = { db: deps.db, baseUrl: deps.config.baseUrl, omitInternal: options.omitInternal };
  const [object] = await renderKept(deps.database.changes, kind, context, [id]);
  if (!object) throw oparlErrors.notFound();
  return object;
}

/** The imprint's section on the software: vendor and product of our System (the project has no site of its own). */
const SOFTWARE_PAGE = '/impressum';

/** The entry point (spec 2.10): our System, from the configuration. */
export async function showSystem(deps: ApiDeps): Promise<JsonObject> {
  const { baseUrl, municipality } = deps.config;
  const times = await systemTimes(deps.db);
  return withoutEmpty({
    id: `${baseUrl}${OPARL_PATHS.system}`,
    type: typeUrl('system'),
    oparlVersion: OPARL_SCHEMA,
    body: `${baseUrl}${OPARL_PATHS.bodies}`,
    name: `Ratsinformation ${municipality.officialName}`,
    contactEmail: municipality.contact.email,
    contactName: municipality.officialName,
    website: `${baseUrl}${PATHS.public}`,
    vendor: `${baseUrl}${SOFTWARE_PAGE}`,
    product: `${baseUrl}${SOFTWARE_PAGE}`,
    created: optionalDateTime(times.created),
    modified: optionalDateTime(times.modified),
  });
}
