import { linkTargetSource } from '../../kernel/db';
import { SERVICE_PATHS } from './paths';
import { services } from './tables';

/** Leistungen as objects the cockpit's measures name (every Leistung of the catalogue is public); the id is the slug. */
export const serviceLinkTargets = linkTargetSource({
  kind: 'leistung',
  label: 'Leistungen',
  table: services,
  id: services.slug,
  title: services.name,
  pathKey: services.slug,
  href: SERVICE_PATHS.detail,
  tables: ['services'],
});
