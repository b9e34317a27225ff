import { Button, ButtonLink, Form, NotificationBanner } from '../../../../kernel/views';
import { EDITOR_PATHS } from '../../paths';
import type { FormVersion } from '../../repository';

/** "Veröffentlichen" asks first; a draft with problems cannot be published and says why. */
export function PublishConfirmPage({ draft, publishedVersion, problems }: { draft: FormVersion; publishedVersion: number | null; problems: string[] }) {
  const { formKey } = draft;
  return (
    <>
      <h1>Version {draft.version} veröffentlichen?</h1>
      {problems.length > 0 ? (
        <>
          <NotificationBanner kind="warning" title="Der Entwurf kann noch nicht veröffentlicht werden">
            <ul>
              {problems.map((problem) => (
                <li>{problem}</li>
              ))}
            </ul>
          </NotificationBanner>
          <ButtonLink href={EDITOR_PATHS.draft(formKey)}>Zurück zum Entwurf</ButtonLink>
        </>
      ) : (
        <>
          <p>
            „{draft.definition.title}“ gilt danach für alle neuen Anträge.
            {publishedVersion !== null && ` Version ${publishedVersion} wird abgelöst.`} Anträge, die schon begonnen oder gestellt wurden, behalten ihre
            Version. Eine veröffentlichte Version kann nicht mehr geändert werden; Änderungen sind dann nur in einem neuen Entwurf möglich.
          </p>
          <Form action={EDITOR_PATHS.publish(formKey)}>
            <div class="button-group">
              <Button>Jetzt veröffentlichen</Button>
              <a href={EDITOR_PATHS.draft(formKey)}>Abbrechen</a>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
