import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../kernel/config';
import type { ModuleManifest } from '../../kernel/module';
import { AUDIT_ACTIONS } from './audit-actions';
import { seedFormsDemo } from './demo';
import { registerFimImportRoutes } from './fim/routes';
import { EDIT_FORMS_PERMISSION, mayEditForms } from './policies';
import { registerEditorRoutes } from './routes';
import { EDITOR_PATHS } from './paths';
import { formsPersonalData } from './personal-data';
import { formStaffTasks } from './use-cases/staff-tasks';
import { formsPackSchema } from './demo/town-words';

/**
 * Forms as data: versioned form definitions (pages, groups, fields, rules, fees), the engine that
 * renders and validates them, the editor in the back office and the FIM XDatenfelder import.
 */
export const formsModule: ModuleManifest = {
  id: 'forms',
  auditActions: AUDIT_ACTIONS,
  migrationsDir: resolve(PROJECT_ROOT, 'src/modules/forms/migrations'),
  permissions: [{ id: EDIT_FORMS_PERMISSION, label: 'Formulare bearbeiten, importieren und veröffentlichen' }],
  staffSections: [
    { href: EDITOR_PATHS.list, label: 'Formulare', group: 'Formulare', order: 40, allowed: mayEditForms },
    { href: EDITOR_PATHS.fimImport, label: 'FIM-Import', group: 'Formulare', order: 41, allowed: mayEditForms },
  ],
  staffTasks: formStaffTasks,
  routes: (app, deps) => {
    registerEditorRoutes(app, deps);
    registerFimImportRoutes(app, deps);
  },
  personalData: formsPersonalData,
  demoPack: [{ part: 'forms', schema: formsPackSchema }],
  seedDemo: seedFormsDemo,
  demoTables: ['form_versions'],
};

export {
  formDefinitionSchema,
  UPLOAD_TYPES,
  type FormDefinition,
  type FormDefinitionInput,
  type FieldDef,
  type PageDef,
  type Answers,
  type UploadType,
} from './definition';
export {
  visiblePages,
  readPage,
  unknownFields,
  validateAnswers,
  computeFee,
  summarizeAnswers,
  exportAnswers,
  answersToValues,
  fileFieldsOf,
  type FeeSummary,
  type SummaryPage,
  type ExportedAnswer,
  type RawValues,
} from './engine';
export { FormPageFields, type UploadedFileView } from './views/form-page-fields';
export { findPublishedForm, findFormVersion, type FormVersion } from './repository';
export { importFimFile, formKeyFromName, isGenericode } from './fim';
export { saveImportedDraft } from './use-cases/save-imported-draft';
export { DEMO_FORM_KEYS, demoExamples, demoPlacesSchema, type DemoFormKey, type DemoPlaces } from './demo';
