import type { OparlType } from '../paths';
import { agendaItemKind } from './objects/agenda-item';
import { bodyKind, legislativeTermKind } from './objects/body';
import type { OparlKind } from './objects/common';
import { consultationKind } from './objects/consultation';
import { fileKind } from './objects/file';
import { locationKind } from './objects/location';
import { meetingKind } from './objects/meeting';
import { organizationKind } from './objects/organization';
import { paperKind } from './objects/paper';
import { membershipKind, personKind } from './objects/person';

/** Every type the server answers at `/oparl/v1/<type>/<id>` (System has one object, at `/oparl/v1/system`). */
export const OPARL_KINDS: Readonly<Record<Exclude<OparlType, 'system'>, OparlKind>> = {
  body: bodyKind,
  legislativeterm: legislativeTermKind,
  organization: organizationKind,
  person: personKind,
  membership: membershipKind,
  meeting: meetingKind,
  agendaitem: agendaItemKind,
  paper: paperKind,
  consultation: consultationKind,
  file: fileKind,
  location: locationKind,
};

export function kindOf(type: string): OparlKind | undefined {
  return Object.hasOwn(OPARL_KINDS, type) ? OPARL_KINDS[type as keyof typeof OPARL_KINDS] : undefined;
}
