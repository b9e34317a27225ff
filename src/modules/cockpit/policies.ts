import { hasPermission, inDepartment, type Actor } from '../../kernel/auth';
import type { MeasureStatus, RiskLevel } from './tables';

/**
 * The digitalisation coordinator: every measure (create, edit, publish, delete), the figures, the
 * comparison with other towns. Admins hold it implicitly.
 */
export const COORDINATE_PERMISSION = 'cockpit.coordinate';
/** Department staff: the measures their Fachbereich owns (edit, milestones, risks, links; not delete or publish). */
export const EDIT_PERMISSION = 'cockpit.edit';

/** Whether the cockpit's staff section is shown at all. */
export function mayOpenCockpit(actor: Actor): boolean {
  return hasPermission(actor, COORDINATE_PERMISSION) || hasPermission(actor, EDIT_PERMISSION);
}

export function mayCoordinate(actor: Actor): boolean {
  return hasPermission(actor, COORDINATE_PERMISSION);
}

/**
 * Changing one measure (its fields, milestones, risks, links): the coordinator, or staff with the edit
 * permission in the owner Fachbereich. Staff of another Fachbereich see it read-only (it is public
 * anyway once published); nobody without the section sees unpublished ones (404).
 */
export function mayEditMeasure(actor: Actor, measure: { ownerDepartmentId: string }): boolean {
  return mayCoordinate(actor) || (hasPermission(actor, EDIT_PERMISSION) && inDepartment(actor, measure.ownerDepartmentId));
}

/** Seeing one measure: published ones everyone; unpublished ones whoever may open the cockpit. */
export function maySeeMeasure(actor: Actor, measure: { published: boolean }): boolean {
  return measure.published || mayOpenCockpit(actor);
}

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  planned: 'Geplant',
  in_progress: 'In Umsetzung',
  done: 'Abgeschlossen',
  paused: 'Pausiert',
  stopped: 'Eingestellt',
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'gering',
  medium: 'mittel',
  high: 'hoch',
};
