export { createBackup, type BackupSummary } from './create-backup';
export { restoreBackup, type RestoreSummary } from './restore-backup';
export { BackupError } from './errors';
