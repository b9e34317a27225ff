// PLACEHOLDER contract — replaced by the owner of the forms engine/editor.
import type { Executor } from '../../kernel/db';
import type { FormDefinition } from './definition';
import type { FormVersionStatus } from './tables';

export interface FormVersion {
  id: string;
  formKey: string;
  version: number;
  status: FormVersionStatus;
  definition: FormDefinition;
  publishedAt: Date | null;
}

export declare function findPublishedForm(db: Executor, formKey: string): Promise<FormVersion | null>;
export declare function findFormVersion(db: Executor, id: string): Promise<FormVersion | null>;
