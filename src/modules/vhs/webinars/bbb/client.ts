import { encodeQuery, signQuery, type ChecksumAlgorithm } from './checksum';
import { BbbError, parseBbbResponse, type BbbResponse } from './xml-response';

export interface BbbServer {
  /** The server's base URL as its admins give it, e.g. `https://bbb.example.de/bigbluebutton/`. */
  url: string;
  sharedSecret: string;
  algorithm: ChecksumAlgorithm;
  /** Milliseconds per API call; the join POST waits for `create`, so keep it short. */
  timeoutMs?: number;
}

export interface NewMeeting {
  meetingID: string;
  /** Shown in the client's title; bbb-web takes 2 to 64 characters. */
  name: string;
  /** Called by bbb-web (GET) when the meeting ends: a URL the portal signed (end-callback.ts). */
  endCallbackUrl?: string;
  logoutURL?: string;
  welcome?: string;
}

export interface CreatedMeeting {
  createTime: string;
  internalMeetingID: string;
  /** The meeting existed already (messageKey duplicateWarning): creating again is harmless. */
  existed: boolean;
}

export type BbbRole = 'VIEWER' | 'MODERATOR';

export interface Joiner {
  meetingID: string;
  /** Shown to everyone in the meeting; any UTF-8 name ("Jürgen Weiß"). */
  fullName: string;
  role: BbbRole;
  /** Our id of the person, echoed by getMeetingInfo. */
  userID: string;
  /** The meeting's createTime: the link then works only for this run of the meeting, not a later one. */
  createTime?: string;
}

export interface BbbClient {
  create(meeting: NewMeeting): Promise<CreatedMeeting>;
  joinUrl(joiner: Joiner): string;
  isMeetingRunning(meetingID: string): Promise<boolean>;
}

/** bbb-web's limits on a meeting name, counted in characters (not UTF-16 units). */
function meetingName(name: string): string {
  const chars = [...name.trim()];
  return chars.length > 64 ? `${chars.slice(0, 63).join('')}…` : chars.join('').padEnd(2, '.');
}

/** The API root: the configured URL with `api/` appended once. */
function apiRoot(url: string): string {
  const base = url.endsWith('/') ? url : `${url}/`;
  return base.endsWith('/api/') ? base : `${base}api/`;
}

/**
 * The BigBlueButton API client: every call signed with the shared secret (checksum.ts), answers
 * read as XML (xml-response.ts). A server that does not answer in time is an `unreachable` BbbError.
 */
export function bbbClient(server: BbbServer): BbbClient {
  const root = apiRoot(server.url);
  const signedUrl = (callName: string, params: ReadonlyArray<readonly [string, string]>) =>
    `${root}${callName}?${signQuery(callName, encodeQuery(params), server.sharedSecret, server.algorithm)}`;

  async function call(callName: string, params: ReadonlyArray<readonly [string, string]>): Promise<BbbResponse> {
    let body: string;
    try {
      const response = await fetch(signedUrl(callName, params), { signal: AbortSignal.timeout(server.timeoutMs ?? 5000) });
      body = await response.text();
    } catch (error) {
      throw new BbbError('unreachable', error instanceof Error ? error.message : String(error));
    }
    return parseBbbResponse(body);
  }

  return {
    async create(meeting) {
      const params: Array<[string, string]> = [
        ['name', meetingName(meeting.name)],
        ['meetingID', meeting.meetingID],
        ['record', 'false'],
      ];
      if (meeting.welcome) params.push(['welcome', meeting.welcome]);
      if (meeting.logoutURL) params.push(['logoutURL', meeting.logoutURL]);
      if (meeting.endCallbackUrl) params.push(['meta_endCallbackUrl', meeting.endCallbackUrl]);
      const answer = await call('create', params);
      return {
        createTime: answer.createTime ?? '',
        internalMeetingID: answer.internalMeetingID ?? '',
        existed: answer.messageKey === 'duplicateWarning',
      };
    },
    joinUrl(joiner) {
      const params: Array<[string, string]> = [
        ['fullName', joiner.fullName],
        ['meetingID', joiner.meetingID],
        ['role', joiner.role],
        ['userID', joiner.userID],
      ];
      if (joiner.createTime) params.push(['createTime', joiner.createTime]);
      return signedUrl('join', params);
    },
    async isMeetingRunning(meetingID) {
      const answer = await call('isMeetingRunning', [['meetingID', meetingID]]);
      return answer.running === 'true';
    },
  };
}
