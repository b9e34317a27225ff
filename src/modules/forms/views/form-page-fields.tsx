// PLACEHOLDER contract — replaced by the owner of the forms engine.
import type { FieldErrors } from '../../../kernel/http';
import type { Answers, FormDefinition, PageDef } from '../definition';
import type { RawValues } from '../engine';

export interface UploadedFileView {
  id: string;
  filename: string;
  size: number;
  /** Download link (authorized by the caller's route). */
  href: string;
}

export interface FormPageFieldsProps {
  definition: FormDefinition;
  page: PageDef;
  values: RawValues;
  answers: Answers;
  errors?: FieldErrors;
  /** Files already uploaded per file field: listed with an "Entfernen" button (`name="_removeFile" value=id`). */
  files?: Record<string, UploadedFileView[]>;
}

/** The inputs of one page (no <form>, no buttons): the caller wraps them in its form. */
export declare function FormPageFields(props: FormPageFieldsProps): preact.JSX.Element;
