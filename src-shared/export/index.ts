// The export package (DESIGN §4). The renderer imports `select` and `names` directly for its
// preview, so the ICS and ZIP code stays out of its bundle; main builds and writes the package.
export { buildExportPackage, packageEntries, CSV_FILE, ICS_FILE, README_FILE } from './package';
export { zipPackage } from './zip';
export { countsByChannel, exportPosts } from './select';
export type { ExportPost } from './select';
export { distinctPaths, isInsidePackage, MAX_PACKAGE_PATH, packageFolderName, safeSegment } from './names';
export type { ExportFile, ExportOptions, ExportPackage } from './options';
