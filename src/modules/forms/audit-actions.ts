/** German labels of the audit actions this module writes, for the audit log (manifest `auditActions`). */
export const AUDIT_ACTIONS = {
  'forms.draft.created': 'Formularentwurf angelegt',
  'forms.draft.edited': 'Formularentwurf bearbeitet',
  'forms.draft.imported': 'Formularentwurf aus FIM importiert',
  'forms.version.published': 'Formularversion veröffentlicht',
};
