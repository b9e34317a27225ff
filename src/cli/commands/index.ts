import { backup, restore } from './backup';
import { configCheck } from './config';
import { oparlImport } from './council';
import { demoReset } from './demo';
import { departmentsCreate } from './departments';
import { formsImportFim } from './forms';
import { harvestRun } from './harvest';
import { libraryImportMarc } from './library';
import { migrate } from './migrate';
import { tokenCreate, tokenList, tokenRevoke } from './tokens';
import type { Command } from './types';
import { userCreate, userList, userRole } from './users';
import { vhsExport, vhsImport } from './vhs';
import { webhookCreate, webhookDisable, webhookList } from './webhooks';
import { wlanImport } from './wlan';

export type { Command } from './types';

/** In the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  configCheck,
  migrate,
  userCreate,
  userRole,
  userList,
  departmentsCreate,
  tokenCreate,
  tokenList,
  tokenRevoke,
  webhookCreate,
  webhookList,
  webhookDisable,
  formsImportFim,
  harvestRun,
  vhsImport,
  vhsExport,
  libraryImportMarc,
  wlanImport,
  oparlImport,
  demoReset,
  backup,
  restore,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
