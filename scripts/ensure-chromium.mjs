// Makes sure the browser tests have a Chromium: the system one (CHROMIUM_PATH or
// /usr/bin/chromium), installed with apt-get when running as root on Debian. Never downloads one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const packages = ['chromium', 'fonts-liberation', 'fonts-noto-cjk'];

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function commandExists(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function canInstallWithApt() {
  return process.getuid?.() === 0 && commandExists('apt-get');
}

function aptInstall(names) {
  return (
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', '--no-install-recommends', ...names])
  );
}

/** Whether fontconfig knows a font covering Chinese (unknown counts as yes). */
function hasCjkFont() {
  if (!commandExists('fc-list')) return true;
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return result.status !== 0 || result.stdout.trim() !== '';
}

function instructions() {
  return [
    `Chromium was not found at ${chromiumPath}; the browser tests need it.`,
    'Install it with your system package manager, for example:',
    `  Debian:  sudo apt-get install ${packages.join(' ')}`,
    '  Fedora:  sudo dnf install chromium google-noto-sans-cjk-fonts',
    '  macOS:   brew install --cask chromium, then',
    '           CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium npm test',
    'If it lives elsewhere, point the tests at it: CHROMIUM_PATH=/path/to/chromium npm test',
  ].join('\n');
}

/** Returns the Chromium path, installing Chromium first if it is missing and we may; else throws. */
export function ensureChromium() {
  if (!existsSync(chromiumPath)) {
    if (!canInstallWithApt() || process.env.CHROMIUM_PATH) throw new Error(instructions());
    console.log('Chromium is missing; installing it with apt-get (root, Debian).');
    if (!aptInstall(packages) || !existsSync(chromiumPath)) {
      throw new Error(`apt-get could not install Chromium.\n${instructions()}`);
    }
  } else if (!hasCjkFont()) {
    if (canInstallWithApt()) aptInstall(['fonts-noto-cjk']);
    else
      console.warn('No Chinese font found: Chinese labels may render as boxes (fonts-noto-cjk).');
  }
  const version = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    throw new Error(`${chromiumPath} does not run: ${version.stderr || version.error}`);
  }
  console.log(`Chromium: ${chromiumPath} (${version.stdout.trim()})`);
  return chromiumPath;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
