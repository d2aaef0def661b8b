// Activation time, as VS Code measures it: the "Show Running Extensions"
// view and the extension host's log.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sleep, TIMEOUTS } from './e2eEnv';
import { type PageDocument } from './pageDom';
import { type Workbench } from './workbench';

declare const document: PageDocument;

/**
 * Runs "Developer: Show Running Extensions" and reads the activation time
 * that VS Code shows for the extension named `displayName` (e.g.
 * "Activation: 47ms"): the extension host's own measure of loading the
 * extension's code plus its activate() call. Undefined if not shown.
 */
export async function runningExtensionsActivation(
  wb: Workbench,
  displayName: string,
): Promise<{ ms: number; text: string } | undefined> {
  await wb.runCommand('Developer: Show Running Extensions');
  const deadline = Date.now() + TIMEOUTS.ui;
  for (;;) {
    const text = await wb.page.evaluate((name: string) => {
      const rows = Array.from(document.querySelectorAll('.runtime-extensions-editor .monaco-list-row'));
      return rows.find((r) => r.innerText.includes(name))?.innerText ?? '';
    }, displayName);
    const m = /Activation:\s*([\d.]+)\s*ms/.exec(text);
    if (m) return { ms: Number(m[1]), text: text.replace(/\s+/g, ' ').trim() };
    if (Date.now() > deadline) return undefined;
    await sleep(250);
  }
}

/** Lines of the extension host log(s) under the profile's user-data dir that mention `what`. */
export function extHostLogLines(userDataDir: string, what: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/exthost\.log$/i.test(name))
        out.push(
          ...readFileSync(p, 'utf8')
            .split('\n')
            .filter((l) => what.test(l)),
        );
    }
  };
  const logs = path.join(userDataDir, 'logs');
  if (existsSync(logs)) walk(logs);
  return out;
}
