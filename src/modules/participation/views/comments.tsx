import type { FieldErrors } from '../../../kernel/http';
import { Button, Form, formatDateTime, SpamFields, TextArea } from '../../../kernel/views';
import { PATHS } from '../paths';
import { commentAuthorLabel, DELETED_NOTE, HIDDEN_NOTE } from '../presenters';
import { COMMENT_MAX } from '../schemas';
import type { ShownComment } from '../use-cases/show-idea';
import { PlainText } from './plain-text';

interface CommentActions {
  ideaId: string;
  mayTakePart: boolean;
}

function CommentBody({ comment }: { comment: ShownComment }) {
  if (comment.state === 'deleted') return <p class="hint">{DELETED_NOTE}</p>;
  if (comment.state === 'hidden') {
    return (
      <>
        <p class="hint">{HIDDEN_NOTE}</p>
        {comment.hiddenReason && <p>Grund (nur für Sie sichtbar): {comment.hiddenReason}</p>}
      </>
    );
  }
  return (
    <>
      {comment.state === 'pending' && <p class="hint">Ihr Kommentar wartet auf die Freigabe durch das Moderationsteam. Nur Sie sehen ihn.</p>}
      <PlainText text={comment.body ?? ''} />
    </>
  );
}

function OneComment({ comment, ideaId, mayTakePart, isReply }: CommentActions & { comment: ShownComment; isReply: boolean }) {
  const author = commentAuthorLabel(comment);
  const live = comment.state === 'published';
  return (
    <article class="comment" id={`kommentar-${comment.id}`} aria-label={`Kommentar von ${author}`}>
      <p class="comment__meta">
        <strong>{author}</strong> am {formatDateTime(comment.createdAt)}
        {comment.edited ? ' (bearbeitet)' : ''}
      </p>
      <CommentBody comment={comment} />
      <ul class="comment__actions">
        {mayTakePart && live && !isReply && (
          <li>
            <a href={`${PATHS.idea(ideaId)}?antwort=${comment.id}#kommentieren`}>
              Antworten<span class="visually-hidden"> auf den Kommentar von {author}</span>
            </a>
          </li>
        )}
        {comment.mayEdit && (
          <li>
            <a href={PATHS.editComment(comment.id)}>
              Bearbeiten<span class="visually-hidden"> (Ihr Kommentar vom {formatDateTime(comment.createdAt)})</span>
            </a>
          </li>
        )}
        {comment.mayDelete && (
          <li>
            <a href={PATHS.deleteComment(comment.id)}>
              Löschen<span class="visually-hidden"> (Ihr Kommentar vom {formatDateTime(comment.createdAt)})</span>
            </a>
          </li>
        )}
        {mayTakePart && live && !comment.mine && (
          <li>
            <a href={PATHS.reportComment(comment.id)}>
              Melden<span class="visually-hidden"> (Kommentar von {author})</span>
            </a>
          </li>
        )}
      </ul>
      {comment.replies.length > 0 && (
        <ul class="comment__replies" aria-label={`Antworten auf den Kommentar von ${author}`}>
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <OneComment comment={reply} ideaId={ideaId} mayTakePart={mayTakePart} isReply />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export interface CommentFormState {
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
  /** The comment answered, when the person clicked "Antworten". */
  replyTo?: ShownComment | undefined;
  stamp: string;
}

export function CommentForm({ ideaId, values = {}, errors, replyTo, stamp }: CommentFormState & { ideaId: string }) {
  return (
    <Form action={PATHS.comment(ideaId)}>
      {replyTo && <input type="hidden" name="antwort_auf" value={replyTo.id} />}
      <TextArea
        name="text"
        label={replyTo ? `Ihre Antwort auf den Kommentar von ${commentAuthorLabel(replyTo)}` : 'Ihr Kommentar'}
        hint="Nur Text, sachlich und freundlich. Ihr Anzeigename steht beim Kommentar. Sie können ihn 15 Minuten lang bearbeiten und jederzeit löschen."
        value={values.text}
        error={errors?.text}
        rows={4}
        maxLength={COMMENT_MAX}
      />
      <SpamFields stamp={stamp} errors={errors} />
      <Button>{replyTo ? 'Antwort veröffentlichen' : 'Kommentar veröffentlichen'}</Button>
    </Form>
  );
}

export function CommentList({ comments, ideaId, mayTakePart }: CommentActions & { comments: ShownComment[] }) {
  if (comments.length === 0) return <p>Noch keine Kommentare.</p>;
  return (
    <ul class="comment-list">
      {comments.map((comment) => (
        <li key={comment.id}>
          <OneComment comment={comment} ideaId={ideaId} mayTakePart={mayTakePart} isReply={false} />
        </li>
      ))}
    </ul>
  );
}
