// The export package (DESIGN §4). The renderer imports `select` and `names` directly for its
// preview, so the ICS and ZIP code stays out of its bundle; main builds and writes the package.
export { buildExportPackage, CSV_FILE, ICS_FILE, README_FILE } from './package';
export { packageEntries } from './entries';
export type { PackageEntry } from './entries';
export { countsByChannel, exportPosts, leftOutPosts, offeredChannels } from './select';
export type { ExportPost } from './select';
export { distinctPaths, isInsidePackage, MAX_PACKAGE_PATH, packageFolderName, safeSegment } from './names';
export type { ExportFile, ExportOptions, ExportPackage } from './options';
