/**
 * Exchange with qualitative-analysis tools (NVivo, ATLAS.ti, QualCoder, MAXQDA) through the REFI-QDA
 * project format (.qdpx): coded outcomes and partner documents out, codings back in.
 */
export {
  buildProject,
  exportProject,
  type ProjectExportInput,
  type ProjectExtras,
  projectExtras,
} from './export.js';
export { isProjectFile, type ProjectInput, readProject, storeProject } from './import.js';
