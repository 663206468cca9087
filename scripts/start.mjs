// `npm start`: the Electron app if this machine has (or can fetch) the Electron binary;
// otherwise one clear sentence, and the browser harness instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function tryDownloadElectron() {
  try {
    const installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
    return spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 5 * 60_000 }).status === 0;
  } catch {
    return false;
  }
}

if (electronBinary() || tryDownloadElectron()) {
  run(npm, ['exec', '--', 'electron-vite', 'preview']);
} else {
  console.log(
    'Electron-binären finns inte och kan inte hämtas på den här datorn, så Kanalplan startar i webbläsarläge i stället.',
  );
  run(npm, ['run', 'browser']);
}
