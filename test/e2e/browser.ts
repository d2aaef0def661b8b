// Chromium (Debian's headless build) driven through playwright-core, which is
// resolved at run time from the project (it is a devDependency) or from the
// cache folder (see requireE2EEnv); only its types are imported here.
import type { Browser, BrowserType } from 'playwright-core';
import { type E2EEnv } from './e2eEnv';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(env: E2EEnv): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pw = require(env.playwrightCore) as { chromium: BrowserType };
  return pw.chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
