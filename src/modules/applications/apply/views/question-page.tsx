import type { FieldErrors } from '../../../../kernel/http';
import { Button, ErrorSummary, Form, StepProgress } from '../../../../kernel/views';
import { FormPageFields, type Answers, type FormDefinition, type PageDef, type RawValues, type UploadedFileView } from '../../../forms';
import { PATHS } from '../../paths';

export interface QuestionPageProps {
  applicationId: string;
  formVersionId: string;
  definition: FormDefinition;
  page: PageDef;
  step: { current: number; total: number };
  backHref: string;
  values: RawValues;
  answers: Answers;
  errors?: FieldErrors;
  files: Record<string, UploadedFileView[]>;
  multipart: boolean;
}

/**
 * One page of the form (GOV.UK question page): back link, step, the page's title as the heading,
 * its fields, "Weiter" and "Speichern und später fortsetzen". The hidden form version lets the
 * server refuse a post made against another version of the form.
 */
export function QuestionPage(props: QuestionPageProps) {
  const { applicationId, page, errors } = props;
  return (
    <>
      <p>
        <a href={props.backHref} class="back-link">
          Zurück
        </a>
      </p>
      <ErrorSummary errors={errors} />
      <StepProgress current={props.step.current} total={props.step.total} />
      <h1>{page.title}</h1>
      {page.hint && <p class="hint">{page.hint}</p>}
      <Form action={PATHS.page(applicationId, page.id)} multipart={props.multipart}>
        <input type="hidden" name="formVersion" value={props.formVersionId} />
        <FormPageFields definition={props.definition} page={page} values={props.values} answers={props.answers} errors={errors} files={props.files} />
        <div class="button-group">
          <Button name="_action" value="weiter">
            Weiter
          </Button>
          <Button name="_action" value="spaeter" variant="secondary">
            Speichern und später fortsetzen
          </Button>
        </div>
      </Form>
    </>
  );
}
