/** Meeting, AgendaItem, Paper, Consultation and File as rows (tables/meetings.ts, papers.ts, files.ts). */
import { children, emptyMapped, holderOrRef, joinTo, refTo, type MapContext, type Mapped } from './mapped';
import { bool, calendarDate, httpUrlOf, integer, text, timestamp, type Json } from './normalize';

export function mapMeeting(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    name: text(data.name),
    meetingState: text(data.meetingState),
    cancelled: bool(data.cancelled) ?? false,
    start: timestamp(data.start),
    end: timestamp(data.end),
  });
  refTo(mapped, 'locationId', data.location, 'Location');
  refTo(mapped, 'invitationFileId', data.invitation, 'File');
  refTo(mapped, 'resultsProtocolFileId', data.resultsProtocol, 'File');
  refTo(mapped, 'verbatimProtocolFileId', data.verbatimProtocol, 'File');
  joinTo(mapped, 'Meeting.auxiliaryFile', data.auxiliaryFile, 'File');
  joinTo(mapped, 'Meeting.organization', data.organization, 'Organization');
  joinTo(mapped, 'Meeting.participant', data.participant, 'Person');
  children(mapped, data.agendaItem, 'AgendaItem');
  return mapped;
}

export function mapAgendaItem(data: Json, ctx: MapContext): Mapped {
  const isPublic = bool(data.public) ?? true;
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    number: text(data.number),
    // Required in 1.1, missing at 1.0 servers and in the spec's own example: the place in the meeting's list.
    order: integer(data.order) ?? ctx.position ?? null,
    name: text(data.name),
    public: isPublic,
    result: text(data.result),
    resolutionText: text(data.resolutionText),
    start: timestamp(data.start),
    end: timestamp(data.end),
  });
  holderOrRef(mapped, 'meetingId', ctx, data.meeting, 'Meeting');
  refTo(mapped, 'consultationId', data.consultation, 'Consultation');
  refTo(mapped, 'resolutionFileId', data.resolutionFile, 'File', { nonPublic: !isPublic });
  joinTo(mapped, 'AgendaItem.auxiliaryFile', data.auxiliaryFile, 'File', { nonPublic: !isPublic });
  return mapped;
}

export function mapPaper(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    name: text(data.name),
    reference: text(data.reference),
    date: calendarDate(data.date),
    paperType: text(data.paperType),
  });
  refTo(mapped, 'mainFileId', data.mainFile, 'File');
  joinTo(mapped, 'Paper.auxiliaryFile', data.auxiliaryFile, 'File');
  joinTo(mapped, 'Paper.location', data.location, 'Location');
  joinTo(mapped, 'Paper.originatorPerson', data.originatorPerson, 'Person');
  joinTo(mapped, 'Paper.underDirectionOf', data.underDirectionOf, 'Organization');
  joinTo(mapped, 'Paper.originatorOrganization', data.originatorOrganization, 'Organization');
  joinTo(mapped, 'Paper.relatedPaper', data.relatedPaper, 'Paper');
  joinTo(mapped, 'Paper.superordinatedPaper', data.superordinatedPaper, 'Paper');
  joinTo(mapped, 'Paper.subordinatedPaper', data.subordinatedPaper, 'Paper');
  children(mapped, data.consultation, 'Consultation');
  return mapped;
}

export function mapConsultation(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({ bodyId: ctx.bodyId, authoritative: bool(data.authoritative), role: text(data.role) });
  if (ctx.parentId) mapped.values.paperId = ctx.parentId;
  else refTo(mapped, 'paperId', data.paper, 'Paper');
  refTo(mapped, 'agendaItemId', data.agendaItem, 'AgendaItem');
  refTo(mapped, 'meetingId', data.meeting, 'Meeting');
  joinTo(mapped, 'Consultation.organization', data.organization, 'Organization');
  return mapped;
}

export function mapFile(data: Json, ctx: MapContext): Mapped {
  const mapped = emptyMapped({
    bodyId: ctx.bodyId,
    name: text(data.name),
    fileName: text(data.fileName),
    mimeType: text(data.mimeType),
    date: calendarDate(data.date),
    size: integer(data.size),
    sha1Checksum: text(data.sha1Checksum)?.toLowerCase() ?? null,
    sha512Checksum: text(data.sha512Checksum)?.toLowerCase() ?? null,
    // The source's own text (OParl File.text) is kept; PDFs without it get ours after the download.
    text: text(data.text),
    sourceAccessUrl: httpUrlOf(data.accessUrl) ?? null,
    sourceDownloadUrl: httpUrlOf(data.downloadUrl) ?? null,
    externalServiceUrl: httpUrlOf(data.externalServiceUrl) ?? null,
    fileLicense: text(data.fileLicense),
    // A changed file is fetched again.
    storageKey: null,
    ...(ctx.nonPublic ? { public: false } : {}),
  });
  refTo(mapped, 'masterFileId', data.masterFile, 'File');
  return mapped;
}
