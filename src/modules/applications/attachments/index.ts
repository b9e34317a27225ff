/**
 * Files of an application: uploads for file fields, Postfach attachments, the generated receipt
 * and Bescheid. Used by the apply journey, "Meine Anträge", the back office and the API; bytes
 * live in the kernel file store, rows in `application_files`, and every read checks the application.
 */
export { filesList, listApplicationFiles, type FileRow } from './repository';
export { storeAnswerFiles, removeAnswerFile, storeGeneratedFile, storeMessageFiles, checkMessageUploads, deleteApplicationFiles } from './store';
export { acceptedTypesText } from './checks';
export { readAuthorizedFile } from './access';
export { registerAttachmentRoutes } from './routes';
