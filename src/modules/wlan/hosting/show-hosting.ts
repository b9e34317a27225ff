import { moduleSettings } from '../../../kernel/config';
import type { ModuleDeps } from '../../../kernel/module';
import { findServiceForApplication, SERVICE_PATHS } from '../../services';
import { freifunkSettings, type FreifunkSettings } from './settings';

/** The Leistung whose Antrag offers a place for a Freifunk node (a form definition like the others: forms/demo). */
export const HOSTING_SERVICE = 'freifunk-standort';

export interface HostingPage extends FreifunkSettings {
  /** Where the application starts, when the town offers it online; its Leistung page beside it. */
  application: { start: string; service: string; name: string } | undefined;
}

/** Everything /wlan/freifunk-anbieten shows: the town's Freifunk text and, if the Leistung is online, its application. */
export async function showHosting(deps: Pick<ModuleDeps, 'db' | 'config'>): Promise<HostingPage> {
  const service = await findServiceForApplication(deps.db, HOSTING_SERVICE);
  return {
    ...moduleSettings(deps, freifunkSettings),
    application: service?.onlineApplication
      ? { start: SERVICE_PATHS.application(service.slug), service: SERVICE_PATHS.detail(service.slug), name: service.name }
      : undefined,
  };
}
