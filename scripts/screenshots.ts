// The README's pictures, taken in a real VS Code: code-server in headless
// Chromium through the e2e harness, with the extension installed from the
// vsce-made xxgk.vsix (rebuilt when stale), on copies of the two example
// reports. Writes images/squiggles.png (the example with errors and the
// Problems panel), images/hover.png (the hover on a table row of the 西城
// report) and images/preview.png (the preview beside the report, its marked
// cells in view). `npm run screenshots`; needs the e2e setup
// (`bash scripts/e2e/setup-code-server.sh`). The pictures are linked from the
// README, not packed into the .vsix (.vscodeignore).
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, requireE2EEnv, startSession, type Session } from '../test/e2e/harness';
import {
  exampleText,
  exampleWorkspace,
  lineOf,
  openPreview,
  packagedVsix,
  previewFindings,
  scrollPreviewTo,
  settledSquiggleLines,
  WITH_ERRORS,
  XICHENG,
} from '../test/e2e/xxgk';

const IMAGES = path.join(PROJECT_ROOT, 'images');
/** Small enough to read on the Marketplace page without zooming, large enough for the tables. */
const VIEWPORT = { width: 1280, height: 800 };

async function save(s: Session, name: string): Promise<void> {
  await s.wb.page.waitForTimeout(400); // let the last paint settle
  const file = path.join(IMAGES, name);
  await s.wb.page.screenshot({ path: file });
  process.stdout.write(`wrote ${path.relative(PROJECT_ROOT, file)}\n`);
}

/** The example with errors, its squiggles drawn and the Problems panel open below. */
async function squiggles(s: Session): Promise<void> {
  const { wb } = s;
  await wb.openFile(WITH_ERRORS);
  await settledSquiggleLines(wb, 'error', 1);
  await wb.runCommand('View: Focus Problems');
  await wb.goTo(lineOf(exampleText(WITH_ERRORS), '行政许可: 12件'));
  await save(s, 'squiggles.png');
  await wb.page.keyboard.press('Control+J'); // the panel closed again
}

/** The hover on a row of table 三 in the 西城 report: what the row counts, and the article of the 条例. */
async function hover(s: Session): Promise<void> {
  const { wb } = s;
  await wb.openFile(XICHENG);
  const line = lineOf(exampleText(XICHENG), '本年新收政府信息公开申请数量');
  await wb.hoverAtCursor(line, 3, /条例/);
  await save(s, 'hover.png');
  await wb.dismiss();
}

/** The preview of the example with errors beside it, scrolled to the first marked cell of table 三. */
async function preview(s: Session): Promise<void> {
  const { wb } = s;
  await wb.openFile(WITH_ERRORS);
  const frame = await openPreview(wb);
  const findings = await previewFindings(frame);
  const shown = findings.find((f) => f.path.startsWith('收到和处理政府信息公开申请情况/')) ?? findings[0];
  if (shown) await scrollPreviewTo(frame, shown.path);
  await save(s, 'preview.png');
}

async function main(): Promise<void> {
  requireE2EEnv();
  const vsix = await packagedVsix();
  const ws = exampleWorkspace([WITH_ERRORS, XICHENG]);
  const s = await startSession({ name: 'screenshots', folder: ws.folder, vsix: [vsix], viewport: VIEWPORT });
  try {
    await s.wb.runCommand('View: Close Primary Side Bar'); // room for the report
    await squiggles(s);
    await hover(s);
    await preview(s);
  } catch (e) {
    await s.wb.screenshot('FAILED').catch(() => undefined); // test-results/e2e/screenshots/
    throw e;
  } finally {
    await s.close();
    rmSync(ws.tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
