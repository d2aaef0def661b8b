// Chromium (Debian's headless build) driven through playwright-core, which is
// resolved at run time from the project (once it is a devDependency) or from
// the cache folder (see requireE2EEnv).
import { type E2EEnv } from './e2eEnv';
import { type PwBrowser, type PwChromium } from './playwrightTypes';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(env: E2EEnv): Promise<PwBrowser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pw = require(env.playwrightCore) as { chromium: PwChromium };
  return pw.chromium.launch({ executablePath: env.chromium, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
}
