// conf under plain Node: the browser harness and the tests. Electron main uses electron-store,
// which is conf with Electron's default folder; the file format and write path are the same.
import Conf from 'conf';
import type { OpenConf } from './conf-files';

export const openNodeConf: OpenConf = (options) => new Conf<Record<string, unknown>>(options);
