import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignedQuery } from './checksum';

/** A join the fake server accepted, as bbb-web would have decoded it. */
export interface FakeJoin {
  meetingID: string;
  fullName: string;
  role: string;
  userID: string;
}

interface FakeMeeting {
  name: string;
  createTime: string;
  endCallbackUrl: string | undefined;
  running: boolean;
}

export interface FakeBbbServer {
  /** Base URL to configure, e.g. `http://127.0.0.1:39121/bigbluebutton/`. */
  url: string;
  meetings: Map<string, FakeMeeting>;
  joins: FakeJoin[];
  /** Every call's name and whether its checksum held. */
  calls: Array<{ callName: string; signed: boolean }>;
  /**
   * Ends a meeting as a moderator would and answers the URL bbb-web then calls (GET): its
   * meta_endCallbackUrl with `recordingmarks` appended. The test requests it from the app.
   */
  endMeeting(meetingID: string): string;
  close(): Promise<void>;
}

const xml = (fields: Record<string, string>) =>
  `<response>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${name}>`)
    .join('')}</response>`;
const failed = (messageKey: string, message: string) => xml({ returncode: 'FAILED', messageKey, message });

/**
 * A BigBlueButton API on 127.0.0.1 for the suite: it checks every checksum over the raw query
 * string exactly as bbb-web does (any of the four algorithms, told by length), keeps meetings in
 * memory, treats a second `create` as bbb-web does (duplicateWarning), refuses a join before
 * `create` and a join URL of an earlier run (createTime), and calls the end callback on `end`.
 */
export async function startFakeBbbServer(sharedSecret: string): Promise<FakeBbbServer> {
  const meetings = new Map<string, FakeMeeting>();
  const joins: FakeJoin[] = [];
  const calls: FakeBbbServer['calls'] = [];

  const answer = (callName: string, params: URLSearchParams): string => {
    const meetingID = params.get('meetingID') ?? '';
    const meeting = meetings.get(meetingID);
    if (callName === 'create') {
      if (meeting) {
        return xml({
          returncode: 'SUCCESS',
          meetingID,
          createTime: meeting.createTime,
          messageKey: 'duplicateWarning',
          message: 'This conference was already in existence.',
        });
      }
      const created = {
        name: params.get('name') ?? '',
        createTime: String(Date.now()),
        endCallbackUrl: params.get('meta_endCallbackUrl') ?? undefined,
        running: false,
      };
      meetings.set(meetingID, created);
      return xml({ returncode: 'SUCCESS', meetingID, internalMeetingID: `${meetingID}-internal`, createTime: created.createTime, messageKey: '', message: '' });
    }
    if (callName === 'join') {
      if (!meeting) return failed('invalidMeetingIdentifier', 'The meeting ID that you supplied did not match any existing meetings');
      const createTime = params.get('createTime');
      if (createTime && createTime !== meeting.createTime) {
        return failed('mismatchCreateTimeParam', 'The createTime parameter submitted mismatches with the current meeting.');
      }
      meeting.running = true;
      joins.push({ meetingID, fullName: params.get('fullName') ?? '', role: (params.get('role') ?? '').toUpperCase(), userID: params.get('userID') ?? '' });
      return xml({ returncode: 'SUCCESS', messageKey: 'successfullyJoined', message: 'You have joined successfully.', meeting_id: meetingID });
    }
    if (callName === 'isMeetingRunning') return xml({ returncode: 'SUCCESS', running: String(meeting?.running ?? false) });
    return failed('unsupportedRequest', 'This request is not supported.');
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const [path = '', rawQuery = ''] = (request.url ?? '').split('?', 2);
    const callName = path.replace(/^\/bigbluebutton\/api\//, '');
    const signed = verifySignedQuery(callName, rawQuery, sharedSecret);
    calls.push({ callName, signed });
    response.setHeader('content-type', 'text/xml;charset=utf-8');
    response.end(signed ? answer(callName, new URLSearchParams(rawQuery)) : failed('checksumError', 'Checksums do not match'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/bigbluebutton/`,
    meetings,
    joins,
    calls,
    endMeeting(meetingID) {
      const meeting = meetings.get(meetingID);
      if (!meeting?.endCallbackUrl) throw new Error(`meeting ${meetingID} has no end callback`);
      meeting.running = false;
      const separator = meeting.endCallbackUrl.includes('?') ? '&' : '?';
      return `${meeting.endCallbackUrl}${separator}recordingmarks=false`;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
