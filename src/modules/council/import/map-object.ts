import { mapAgendaItem, mapConsultation, mapFile, mapMeeting, mapPaper } from './map-documents';
import { mapBody, mapLegislativeTerm, mapLocation, mapMembership, mapOrganization, mapPerson } from './map-people';
import type { MapContext, Mapped } from './mapped';
import type { Json } from './normalize';
import type { OparlKind } from './oparl-tables';

const MAPPERS: Record<OparlKind, (data: Json, ctx: MapContext) => Mapped> = {
  Body: mapBody,
  LegislativeTerm: mapLegislativeTerm,
  Organization: mapOrganization,
  Person: mapPerson,
  Membership: mapMembership,
  Meeting: mapMeeting,
  AgendaItem: mapAgendaItem,
  Paper: mapPaper,
  Consultation: mapConsultation,
  File: mapFile,
  Location: mapLocation,
};

export const mapObject = (kind: OparlKind, data: Json, ctx: MapContext): Mapped => MAPPERS[kind](data, ctx);
