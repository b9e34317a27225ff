import type { PersonalDataHook } from '../../../kernel/module';
import { erasePersonalData } from './use-cases/erase-personal-data';
import { exportPersonalData } from './use-cases/export-personal-data';

/** The applications module's part of "Meine Daten" and of the account deletion (DSGVO Art. 15, 17, 20). */
export const applicationsPersonalData: PersonalDataHook = {
  export: (user, deps) => exportPersonalData(user, {}, deps),
  erase: (user, tx) => erasePersonalData(user, tx),
};
