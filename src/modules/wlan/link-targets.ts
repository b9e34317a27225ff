import { linkTargetSource } from '../../kernel/db';
import { PATHS } from './paths';
import { wlanHotspots } from './tables';

/** Hotspots as objects the cockpit's measures name: each has a public page, even one no longer in operation. */
export const hotspotLinkTargets = linkTargetSource({
  kind: 'hotspot',
  label: 'WLAN-Hotspots',
  table: wlanHotspots,
  id: wlanHotspots.id,
  title: wlanHotspots.name,
  pathKey: wlanHotspots.slug,
  href: PATHS.hotspot,
  tables: ['wlan_hotspots'],
});
