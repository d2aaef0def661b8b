// Which browser prints the PDF export: the one the user has. Chromium-based
// browsers print headless (`--print-to-pdf`): Microsoft Edge (on every
// Windows 10/11), Google Chrome, Chromium. An explicit choice wins — the
// editor setting `xxgk.export.browserPath` first (it is made for this one
// purpose, in this one place), then the variable `XXGK_BROWSER` (or its older
// name `XXGK_CHROMIUM`) — else the standard places of the platform are looked
// in, per user and per machine, then PATH. Pure: the platform, environment and
// file test are given, so every platform's rules are tested on any machine.
import { posix, win32 } from 'node:path';

export interface BrowserHost {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** The user's home folder (for ~/Applications on macOS). */
  home: string;
  /** Whether the path is an existing file (a program). */
  isFile(path: string): boolean;
}

export type BrowserChoice =
  | { found: true; path: string; via: 'setting' | 'XXGK_BROWSER' | 'XXGK_CHROMIUM' | 'search' }
  | { found: false; message: string };

const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

const LINUX_PLACES = [
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/opt/google/chrome/chrome',
  '/opt/microsoft/msedge/msedge',
  '/opt/chromium.org/chromium/chromium',
];

const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Chromium.app/Contents/MacOS/Chromium',
];

/** An environment variable; on Windows its name is case-insensitive (`Path`, `PATH`). */
function envVar(host: BrowserHost, name: string): string | undefined {
  if (host.platform !== 'win32') return host.env[name] || undefined;
  const key = Object.keys(host.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return (key && host.env[key]) || undefined;
}

function pathModule(host: BrowserHost): typeof posix {
  return host.platform === 'win32' ? win32 : posix;
}

/** The folders of PATH, in order. */
function pathFolders(host: BrowserHost): string[] {
  const raw = envVar(host, 'PATH') ?? '';
  return raw
    .split(pathModule(host).delimiter)
    .map((d) => d.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

function windowsPlaces(host: BrowserHost): string[] {
  const { join } = win32;
  const x86 = envVar(host, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)';
  const programs = envVar(host, 'ProgramFiles') ?? 'C:\\Program Files';
  const wow = envVar(host, 'ProgramW6432');
  const local = envVar(host, 'LOCALAPPDATA') ?? (host.home ? join(host.home, 'AppData', 'Local') : undefined);
  const machine = [...new Set([x86, programs, ...(wow ? [wow] : [])])];
  const edge = join('Microsoft', 'Edge', 'Application', 'msedge.exe');
  const chrome = join('Google', 'Chrome', 'Application', 'chrome.exe');
  return [
    ...machine.map((root) => join(root, edge)),
    ...(local ? [join(local, edge), join(local, chrome)] : []),
    ...machine.map((root) => join(root, chrome)),
    ...(local ? [join(local, 'Chromium', 'Application', 'chrome.exe')] : []),
  ];
}

/** Every path tried, in order, where nothing is configured. */
export function browserPlaces(host: BrowserHost): string[] {
  const path = pathModule(host);
  if (host.platform === 'win32') {
    const onPath = pathFolders(host).flatMap((d) => ['msedge.exe', 'chrome.exe'].map((n) => path.join(d, n)));
    return [...windowsPlaces(host), ...onPath];
  }
  const onPath = pathFolders(host).flatMap((d) => LINUX_NAMES.map((n) => path.join(d, n)));
  if (host.platform === 'darwin') {
    const roots = ['/Applications', ...(host.home ? [path.join(host.home, 'Applications')] : [])];
    return [...roots.flatMap((root) => MAC_APPS.map((app) => path.join(root, app))), ...onPath];
  }
  const usual = LINUX_NAMES.map((n) => `/usr/bin/${n}`);
  return [...new Set([...onPath, ...usual, ...LINUX_PLACES])];
}

/** A configured browser: a path, or a bare program name looked up on PATH. */
function resolveConfigured(host: BrowserHost, value: string): string | undefined {
  const path = pathModule(host);
  const bare = !/[\\/]/.test(value);
  if (!bare) {
    if (host.isFile(value)) return value;
    // An app bundle chosen in Finder: its program inside.
    const app = /([^/]+)\.app\/?$/.exec(value);
    const inside = app && host.platform === 'darwin' ? path.join(value, 'Contents', 'MacOS', app[1]!) : undefined;
    return inside && host.isFile(inside) ? inside : undefined;
  }
  const names = host.platform === 'win32' && !/\.exe$/i.test(value) ? [value, `${value}.exe`] : [value];
  for (const folder of pathFolders(host))
    for (const name of names) if (host.isFile(path.join(folder, name))) return path.join(folder, name);
  return undefined;
}

/** The browser to print with, or why there is none (in Chinese, for the user's platform). */
export function findBrowser(host: BrowserHost, settingPath?: string): BrowserChoice {
  const configured: [Extract<BrowserChoice, { found: true }>['via'], string | undefined][] = [
    ['setting', settingPath?.trim() || undefined],
    ['XXGK_BROWSER', envVar(host, 'XXGK_BROWSER')?.trim()],
    ['XXGK_CHROMIUM', envVar(host, 'XXGK_CHROMIUM')?.trim()],
  ];
  for (const [via, value] of configured) {
    if (!value) continue;
    const path = resolveConfigured(host, value);
    if (path) return { found: true, path, via };
    const named = via === 'setting' ? '设置 xxgk.export.browserPath' : `环境变量 ${via}`;
    return {
      found: false,
      message: `${named} 指定的浏览器“${value}”不存在或不是文件，无法输出 PDF。请改为浏览器程序的完整路径。`,
    };
  }
  const path = browserPlaces(host).find((p) => host.isFile(p));
  return path ? { found: true, path, via: 'search' } : { found: false, message: missingMessage(host.platform) };
}

const CHOOSE =
  '或在 VS Code 设置 xxgk.export.browserPath（命令行：环境变量 XXGK_BROWSER）中填写浏览器程序的完整路径；也可以先输出 .html，再在浏览器中打印为 PDF。';

/** What to do where no browser is found, for the user's platform. */
export function missingMessage(platform: NodeJS.Platform): string {
  if (platform === 'win32')
    return `未找到 Microsoft Edge 或 Google Chrome，无法输出 PDF。Windows 10/11 自带 Edge（C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe）；如果它被卸载或装在别处，请安装 Edge 或 Chrome，${CHOOSE}`;
  if (platform === 'darwin')
    return `未找到 Google Chrome、Microsoft Edge 或 Chromium，无法输出 PDF。请把其中一个安装到“应用程序”文件夹，${CHOOSE}`;
  return `未找到 Chromium、Google Chrome 或 Microsoft Edge 浏览器，无法输出 PDF。请安装 chromium（Debian/Ubuntu：sudo apt-get install chromium；统信 UOS、麒麟等系统可在应用商店安装 Chromium 或 Chrome），${CHOOSE}`;
}
