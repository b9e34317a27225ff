import { StatusTag } from '../../../../kernel/views';
import { PAGE_PATHS } from '../../paths';
import { fileLabel, meetingDay, meetingHours, meetingTitle, paperTitle, calendarDate } from '../presenters';
import type { FileRef } from '../queries/files-of';
import type { PaperSummary } from '../queries/lists';
import type { MeetingSummary } from '../queries/meetings';
import type { OrganizationRef } from '../queries/organizations-of';

/** "Abgesagt" as a tag: status in words, never by colour alone. */
export function CancelledTag() {
  return <StatusTag kind="danger">Abgesagt</StatusTag>;
}

export function GremienLinks({ organizations }: { organizations: readonly OrganizationRef[] }) {
  return (
    <>
      {organizations.map((org, index) => (
        <>
          {index > 0 && ', '}
          <a href={PAGE_PATHS.organization(org.slug)}>{org.name}</a>
        </>
      ))}
    </>
  );
}

/** Meetings with day, time, Gremien and place; titles at `level` (h3 under a section's h2). */
export function MeetingList({ meetings, level = 3, empty }: { meetings: readonly MeetingSummary[]; level?: 2 | 3; empty: string }) {
  if (meetings.length === 0) return <p>{empty}</p>;
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="event-list">
      {meetings.map((meeting) => (
        <li class="event-list__item">
          <p class="event-list__time">
            <time datetime={meeting.start.toISOString()}>{`${meetingDay(meeting.start)}, ${meetingHours(meeting.start, meeting.end)}`}</time>
            {meeting.cancelled && (
              <>
                {' '}
                <CancelledTag />
              </>
            )}
          </p>
          <Title class="event-list__title">
            <a href={PAGE_PATHS.meeting(meeting.id)}>{meetingTitle(meeting, meeting.organizations)}</a>
          </Title>
          <p class="event-list__facts">
            {[meeting.organizations.map((org) => org.name).join(', '), meeting.place ?? 'Ort noch nicht bekannt'].filter(Boolean).join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function PaperList({ papers, empty }: { papers: readonly PaperSummary[]; empty: string }) {
  if (papers.length === 0) return <p>{empty}</p>;
  return (
    <ul class="event-list">
      {papers.map((paper) => (
        <li class="event-list__item">
          <h3 class="event-list__title">
            <a href={PAGE_PATHS.paper(paper.id)}>{paperTitle(paper)}</a>
          </h3>
          <p class="event-list__facts">{[paper.reference, paper.paperType, calendarDate(paper.date)].filter(Boolean).join(' · ')}</p>
        </li>
      ))}
    </ul>
  );
}

/** A document link that names its format and size; "nicht öffentlich" for the files only some may see. */
export function FileLink({ file }: { file: FileRef }) {
  return (
    <>
      <a href={PAGE_PATHS.file(file.id)}>{fileLabel(file)}</a>
      {!file.public && (
        <>
          {' '}
          <StatusTag kind="warning">nicht öffentlich</StatusTag>
        </>
      )}
    </>
  );
}

export function FileList({ files }: { files: readonly FileRef[] }) {
  return (
    <ul class="list">
      {files.map((file) => (
        <li>
          <FileLink file={file} />
        </li>
      ))}
    </ul>
  );
}

/** The short page of a deleted object (HTTP 410): what it was, and where to go on. */
export function GonePage({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={PAGE_PATHS.meetings}>Zum Sitzungskalender</a> · <a href={PAGE_PATHS.home}>Zur Ratsinformation</a>
      </p>
    </>
  );
}
