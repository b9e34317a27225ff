import { createHmac } from 'node:crypto';

export interface JitsiServer {
  /** The Jitsi Meet site, e.g. `https://meet.example.de`. */
  url: string;
  /** `app_id` of the server's token authentication (prosody `app_id`): the JWT's `iss`. */
  appId: string;
  /** `app_secret`: the HS256 key. */
  appSecret: string;
}

export interface JitsiParticipant {
  room: string;
  name: string;
  /** Our id of the person (the JWT's `context.user.id`). */
  id: string;
  moderator: boolean;
  /** The token's end: the link is useless afterwards. */
  expiresAt: Date;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * A Jitsi token as prosody's token authentication (mod_auth_token) checks it: HS256 over
 * `header.payload` with the app secret; `aud` "jitsi", `iss` the app id, `sub` the server's host,
 * `room` the one room it admits, `exp`, and `context.user` with the name shown and the moderator flag.
 */
export function jitsiToken(server: JitsiServer, participant: JitsiParticipant): string {
  const header = { alg: 'HS256', typ: 'JWT' };
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    aud: 'jitsi',
    iss: server.appId,
    sub: new URL(server.url).host,
    room: participant.room,
    nbf: now - 60,
    exp: Math.floor(participant.expiresAt.getTime() / 1000),
    context: { user: { id: participant.id, name: participant.name, moderator: participant.moderator } },
  };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  const signature = createHmac('sha256', server.appSecret).update(signingInput).digest('base64url');
  return `${signingInput}.${signature}`;
}

/** The participant's own link into the room: `https://meet.example.de/<room>?jwt=<token>`. */
export function jitsiJoinUrl(server: JitsiServer, participant: JitsiParticipant): string {
  const root = server.url.endsWith('/') ? server.url : `${server.url}/`;
  return `${root}${encodeURIComponent(participant.room)}?jwt=${jitsiToken(server, participant)}`;
}
