import { Button, ErrorSummary, Form, formatDate, InsetText, StatusTag, usePageContext } from '../../../kernel/views';
import { PATHS } from '../paths';
import { HIDDEN_NOTE, IDEA_STATUS_LABELS, IDEA_STATUS_TAGS, ideaAuthorLabel, supportLabel } from '../presenters';
import type { IdeaView } from '../use-cases/show-idea';
import { CommentForm, CommentList, type CommentFormState } from './comments';
import { listHref } from './idea-list-page';
import { PlainText } from './plain-text';

export interface IdeaPageProps {
  view: IdeaView;
  /** The comment form's state (errors after a failed POST, the comment answered). */
  commentForm: CommentFormState;
  measureHref: (slug: string) => string;
  loginHref: string;
}

function Support({ view, loginHref }: { view: IdeaView; loginHref: string }) {
  const { idea } = view;
  const { user } = usePageContext();
  return (
    <section aria-labelledby="unterstuetzung" class="idea__support">
      <h2 id="unterstuetzung">Unterstützung</h2>
      <p>{idea.supportCount === 0 ? 'Noch niemand unterstützt diesen Vorschlag.' : `${supportLabel(idea.supportCount)} bisher.`}</p>
      {view.mayTakePart ? (
        <Form action={PATHS.support(idea.id)}>
          {view.supported && <p>Sie unterstützen diesen Vorschlag.</p>}
          <Button variant={view.supported ? 'secondary' : 'primary'}>{view.supported ? 'Unterstützung zurücknehmen' : 'Vorschlag unterstützen'}</Button>
        </Form>
      ) : user ? (
        <p>Unterstützen und kommentieren können Sie, sobald Sie Ihre E-Mail-Adresse bestätigt haben.</p>
      ) : (
        <p>
          <a href={loginHref}>Melden Sie sich an</a>, um den Vorschlag zu unterstützen oder zu kommentieren. Jede Person kann einen Vorschlag einmal
          unterstützen.
        </p>
      )}
    </section>
  );
}

/** An idea: text, author as chosen, linked measure, support, the city's answer and the comments. */
export function IdeaPage({ view, commentForm, measureHref, loginHref }: IdeaPageProps) {
  const { idea, measure } = view;
  const hidden = idea.visibility === 'hidden';
  return (
    <>
      <ErrorSummary errors={commentForm.errors} />
      {/* A hidden idea's title may be what got it hidden: only its author and the moderators still read it. */}
      <h1>{hidden && !view.mine && !view.moderator ? 'Ausgeblendeter Vorschlag' : idea.title}</h1>
      <p>
        <StatusTag kind={IDEA_STATUS_TAGS[idea.status]}>{IDEA_STATUS_LABELS[idea.status]}</StatusTag> Eingereicht am {formatDate(idea.createdAt)} von{' '}
        {ideaAuthorLabel(idea)}
      </p>
      {idea.visibility === 'pending' && (
        <InsetText>Dieser Vorschlag wartet auf die Freigabe durch das Moderationsteam. Bis dahin sehen ihn nur Sie und das Moderationsteam.</InsetText>
      )}
      {hidden ? (
        <>
          <p class="hint">{HIDDEN_NOTE}</p>
          {view.mine && idea.hiddenReason && <p>Grund (nur für Sie sichtbar): {idea.hiddenReason}</p>}
        </>
      ) : (
        <PlainText text={idea.body} />
      )}
      {measure && (
        <p>
          Maßnahme: <a href={measureHref(measure.slug)}>{measure.title}</a> (
          <a href={listHref({ massnahme: measure.slug })}>alle Vorschläge zu dieser Maßnahme</a>)
        </p>
      )}
      {idea.answer && (
        <section aria-labelledby="antwort" class="idea__answer">
          <h2 id="antwort">Antwort der Stadt</h2>
          <PlainText text={idea.answer} />
          {idea.answeredAt && <p class="hint">Beantwortet am {formatDate(idea.answeredAt)}</p>}
        </section>
      )}
      {idea.visibility === 'published' && (
        <>
          <Support view={view} loginHref={loginHref} />
          {view.mayTakePart && !view.mine && (
            <p>
              <a href={PATHS.reportIdea(idea.id)}>Diesen Vorschlag dem Moderationsteam melden</a>
            </p>
          )}
          <section aria-labelledby="kommentare">
            <h2 id="kommentare">Kommentare</h2>
            <CommentList comments={view.comments} ideaId={idea.id} mayTakePart={view.mayTakePart} />
            {view.mayTakePart && (
              <>
                <h3 id="kommentieren">{commentForm.replyTo ? 'Antworten' : 'Kommentieren'}</h3>
                <CommentForm ideaId={idea.id} {...commentForm} />
              </>
            )}
          </section>
        </>
      )}
      <p>
        <a href={PATHS.public}>Alle Vorschläge</a>
      </p>
    </>
  );
}
