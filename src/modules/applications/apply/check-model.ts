import type { FeeSummary, SummaryPage } from '../../forms';

/** What "Prüfen Sie Ihre Angaben" shows, computed from the stored draft. */
export interface CheckAnswersModel {
  applicationId: string;
  submissionKey: string;
  summary: SummaryPage[];
  /** Pages that still need answers (title and link). */
  incomplete: { title: string; href: string }[];
  fee: FeeSummary;
  paymentText: string;
  paid: boolean;
  /** The fee must be paid before submitting and is not paid yet. */
  payFirst: boolean;
  declaration: string;
}
