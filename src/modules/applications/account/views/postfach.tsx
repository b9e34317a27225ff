import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorMessage, Form, formatDateTime, StatusTag, TextArea, TextField } from '../../../../kernel/views';
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX } from '../schemas';
import type { ThreadMessage } from '../view-models';
import { FileLink } from './documents';
import { Paragraphs } from './paragraphs';

function Message({ applicationId, message }: { applicationId: string; message: ThreadMessage }) {
  const fromUs = message.direction === 'to_applicant';
  return (
    <li class="card">
      <h3 class="card__title">
        {message.subject} {message.unread && <StatusTag kind="info">Neu</StatusTag>}
      </h3>
      <p class="hint">
        {fromUs ? 'Von der Verwaltung' : 'Von Ihnen'}, {formatDateTime(message.createdAt)}
      </p>
      <Paragraphs text={message.body} />
      {message.attachments.length > 0 && (
        <>
          <p>Anlagen:</p>
          <ul>
            {message.attachments.map((file) => (
              <li>
                <FileLink applicationId={applicationId} file={file} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export interface ReplyFormState {
  values?: Record<string, string>;
  errors?: FieldErrors;
}

/** A file input with label, hint and error; the kernel has no upload component of its own. */
function AttachmentsField({ error, hint }: { error: string | undefined; hint: string }) {
  const describedBy = ['attachments-hint', error ? 'attachments-error' : undefined].filter(Boolean).join(' ');
  return (
    <div class={`form-group${error ? ' form-group--error' : ''}`}>
      <label class="label" for="attachments">
        Dateien anhängen (freiwillig)
      </label>
      <p class="hint" id="attachments-hint">
        {hint}
      </p>
      <ErrorMessage name="attachments" error={error} />
      <input class="input" type="file" id="attachments" name="attachments" multiple aria-describedby={describedBy} />
    </div>
  );
}

/** The Postfach: the whole thread (newest last) and the reply form. */
export function Postfach({
  applicationId,
  messages,
  form,
  uploadHint,
  replyAction,
}: {
  applicationId: string;
  messages: ThreadMessage[];
  form: ReplyFormState;
  uploadHint: string;
  replyAction: string;
}) {
  const errors = form.errors ?? {};
  return (
    <section aria-labelledby="postfach-title">
      <h2 id="postfach-title">Nachrichten</h2>
      {messages.length === 0 ? (
        <p>Zu diesem Antrag gibt es noch keine Nachrichten.</p>
      ) : (
        <ol class="card-list">
          {messages.map((message) => (
            <Message applicationId={applicationId} message={message} />
          ))}
        </ol>
      )}
      <h3>Antworten oder eine Frage stellen</h3>
      <Form action={replyAction} multipart label="Nachricht an die Verwaltung">
        <TextField name="subject" label="Betreff" value={form.values?.subject} error={errors.subject} maxLength={MESSAGE_SUBJECT_MAX} />
        <TextArea name="body" label="Ihre Nachricht" value={form.values?.body} error={errors.body} rows={8} maxLength={MESSAGE_BODY_MAX} />
        <AttachmentsField error={errors.attachments} hint={uploadHint} />
        <Button>Nachricht senden</Button>
      </Form>
    </section>
  );
}
