/**
 * Who may do what in Mitmachen: every page and action for every kind of actor. Visitors read published
 * ideas and are asked to log in for the rest; an account whose address is unconfirmed is told to confirm
 * it (403); a pending idea is 404 for all but its author and the moderators; only the author edits and
 * deletes a comment; the moderation is 404 without `participation.moderate`. A refused action changes nothing.
 */
import { after, before, describe } from 'node:test';
import { count } from 'drizzle-orm';
import { runAuthorizationMatrix, type MatrixClient, type MatrixRow } from '../../../tests/support/authorization-matrix';
import { citizen, personWith, staffMember } from '../../../tests/support/people';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { FORMS } from './abuse';
import { PATHS, STAFF_PATHS } from './paths';
import { MODERATE_PERMISSION } from './policies';
import { participationComments, participationIdeas, participationReports, participationSupports } from './tables';
import { insertComment, insertIdea, personFields, useSettings } from './test-support';

type ActorName = 'anonymous' | 'unconfirmed' | 'citizen' | 'author' | 'staffWithout' | 'moderator' | 'admin';
const ACTORS: ActorName[] = ['anonymous', 'unconfirmed', 'citizen', 'author', 'staffWithout', 'moderator', 'admin'];

interface Fixture {
  published: string;
  pending: string;
  hidden: string;
  /** The author's comment on the published idea, written just now (editable). */
  comment: string;
}

const PUBLIC = { otherwise: 200 };
/** Taking part: a confirmed account. */
const TAKE_PART = { anonymous: 401, unconfirmed: 403, otherwise: 303 };
const AUTHOR_ONLY = { author: 200, otherwise: 404 };
const AUTHOR_ACTION = { author: 303, otherwise: 404 };
const MODERATION_PAGE = { moderator: 200, admin: 200, anonymous: 401, otherwise: 404 };
const MODERATION_ACTION = { moderator: 303, admin: 303, anonymous: 401, otherwise: 404 };

let sent = 0;
/** A text of its own for every submission (the same text twice is refused as a duplicate). */
const fresh = (what: string) => `${what} Nummer ${++sent}: ein Beitrag mit genug Worten für die Prüfung.`;

function rowsFor(t: () => TestApp): MatrixRow<ActorName, Fixture>[] {
  const spam = (form: string) => personFields(t(), form);
  return [
    { what: 'list', method: 'GET', url: () => PATHS.public, expect: PUBLIC },
    { what: 'published idea', method: 'GET', url: (fx) => PATHS.idea(fx.published), expect: PUBLIC },
    { what: 'hidden idea (its place)', method: 'GET', url: (fx) => PATHS.idea(fx.hidden), expect: PUBLIC },
    { what: 'pending idea', method: 'GET', url: (fx) => PATHS.idea(fx.pending), expect: { author: 200, moderator: 200, admin: 200, otherwise: 404 } },
    { what: 'idea form', method: 'GET', url: () => PATHS.newIdea, expect: { anonymous: 303, unconfirmed: 403, otherwise: 200 } },
    {
      what: 'submit idea',
      method: 'POST',
      url: () => PATHS.newIdea,
      form: () => ({ ...spam(FORMS.idea), titel: 'Ein neuer Vorschlag', text: fresh('Vorschlag'), name_zeigen: 'nein' }),
      expect: TAKE_PART,
    },
    { what: 'support', method: 'POST', url: (fx) => PATHS.support(fx.published), form: () => ({}), expect: TAKE_PART },
    { what: 'support a pending idea', method: 'POST', url: (fx) => PATHS.support(fx.pending), form: () => ({}), expect: { otherwise: 404 } },
    {
      what: 'support a hidden idea',
      method: 'POST',
      url: (fx) => PATHS.support(fx.hidden),
      form: () => ({}),
      expect: { anonymous: 401, unconfirmed: 403, otherwise: 404 },
    },
    {
      what: 'comment',
      method: 'POST',
      url: (fx) => PATHS.comment(fx.published),
      form: () => ({ ...spam(FORMS.comment), text: fresh('Kommentar') }),
      expect: TAKE_PART,
    },
    {
      what: 'comment on a hidden idea',
      method: 'POST',
      url: (fx) => PATHS.comment(fx.hidden),
      form: () => ({ ...spam(FORMS.comment), text: fresh('Kommentar') }),
      expect: { anonymous: 401, unconfirmed: 403, otherwise: 404 },
    },
    { what: 'edit form', method: 'GET', url: (fx) => PATHS.editComment(fx.comment), expect: AUTHOR_ONLY },
    { what: 'edit comment', method: 'POST', url: (fx) => PATHS.editComment(fx.comment), form: () => ({ text: fresh('Geändert') }), expect: AUTHOR_ACTION },
    { what: 'delete page', method: 'GET', url: (fx) => PATHS.deleteComment(fx.comment), expect: AUTHOR_ONLY },
    { what: 'delete comment', method: 'POST', url: (fx) => PATHS.deleteComment(fx.comment), form: () => ({}), expect: AUTHOR_ACTION },
    { what: 'report form', method: 'GET', url: (fx) => PATHS.reportIdea(fx.published), expect: { anonymous: 401, unconfirmed: 403, otherwise: 200 } },
    { what: 'report a pending idea', method: 'GET', url: (fx) => PATHS.reportIdea(fx.pending), expect: { otherwise: 404 } },
    {
      what: 'report comment',
      method: 'POST',
      url: (fx) => PATHS.reportComment(fx.comment),
      form: () => ({ ...spam(FORMS.report), grund: 'Das gehört nicht hierher.' }),
      expect: TAKE_PART,
    },
    { what: 'own contributions', method: 'GET', url: () => PATHS.mine, expect: { anonymous: 303, otherwise: 200 } },
    { what: 'queue', method: 'GET', url: () => STAFF_PATHS.queue, expect: MODERATION_PAGE },
    { what: 'staff idea', method: 'GET', url: (fx) => STAFF_PATHS.idea(fx.pending), expect: MODERATION_PAGE },
    {
      what: 'approve idea',
      method: 'POST',
      url: (fx) => STAFF_PATHS.moderateIdea(fx.pending),
      form: () => ({ entscheidung: 'freigeben' }),
      expect: MODERATION_ACTION,
    },
    {
      what: 'answer idea',
      method: 'POST',
      url: (fx) => STAFF_PATHS.answerIdea(fx.published),
      form: () => ({ status: 'in_review', antwort: 'Wir prüfen das.' }),
      expect: MODERATION_ACTION,
    },
    { what: 'staff comment', method: 'GET', url: (fx) => STAFF_PATHS.moderateComment(fx.comment), expect: MODERATION_PAGE },
    {
      what: 'hide comment',
      method: 'POST',
      url: (fx) => STAFF_PATHS.moderateComment(fx.comment),
      form: () => ({ entscheidung: 'ausblenden', grund: 'Beleidigung' }),
      expect: MODERATION_ACTION,
    },
  ];
}

describe('authorization matrix of Mitmachen', () => {
  let t: TestApp;
  const clients = new Map<ActorName, MatrixClient & { id?: string }>();
  before(async () => {
    t = await createTestApp();
    useSettings(t, {});
    clients.set('anonymous', t.client());
    clients.set('unconfirmed', await personWith(t, 'citizen', { emailVerified: false }));
    clients.set('citizen', await citizen(t));
    clients.set('author', await citizen(t));
    clients.set('staffWithout', await staffMember(t, [], { permissions: ['site.accessibility_reports'] }));
    clients.set('moderator', await staffMember(t, [], { permissions: [MODERATE_PERMISSION] }));
    clients.set('admin', await staffMember(t, [], { role: 'admin' }));
  });
  after(() => t.close());

  async function fixture(): Promise<Fixture> {
    const authorId = clients.get('author')!.id!;
    const published = await insertIdea(t, { authorId, authorName: 'Autorin', showName: true });
    const pending = await insertIdea(t, { authorId, visibility: 'pending', reviewedAt: null });
    const hidden = await insertIdea(t, { authorId, visibility: 'hidden', hiddenReason: 'Werbung' });
    const comment = await insertComment(t, { ideaId: published.id, authorId });
    return { published: published.id, pending: pending.id, hidden: hidden.id, comment: comment.id };
  }

  /** What any action here changes: the rows and their states. */
  async function snapshot() {
    const ideas = await t.db
      .select({
        id: participationIdeas.id,
        visibility: participationIdeas.visibility,
        status: participationIdeas.status,
        supports: participationIdeas.supportCount,
      })
      .from(participationIdeas)
      .orderBy(participationIdeas.id);
    const comments = await t.db
      .select({
        id: participationComments.id,
        body: participationComments.body,
        visibility: participationComments.visibility,
        deletedAt: participationComments.deletedAt,
      })
      .from(participationComments)
      .orderBy(participationComments.id);
    const [supports] = await t.db.select({ n: count() }).from(participationSupports);
    const [reports] = await t.db.select({ n: count() }).from(participationReports);
    return { ideas, comments, supports: supports?.n, reports: reports?.n };
  }

  runAuthorizationMatrix({ rows: rowsFor(() => t), actors: ACTORS, clients, fixture, snapshot });
});
