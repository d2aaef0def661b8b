// The real xxgk extension in a real VS Code (code-server): its .vsix is the
// project packed by .vscodeignore after `npm run build` (or XXGK_E2E_VSIX).
// Opens the example with errors and checks what a person sees: squiggles,
// the diagnostic in the hover, and the preview webview.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, PROJECT_ROOT, projectVsix, requireE2EEnv, startSession, type Session } from './harness';

const EXAMPLE = '带错误的示例.xxgk.yaml';

test('xxgk extension: diagnostics, hover and preview in VS Code', { timeout: 300_000 }, async () => {
  requireE2EEnv();
  const vsix = projectVsix();
  const tmp = makeTempDir('xxgk-e2e-ext-');
  const folder = path.join(tmp, 'ws');
  mkdirSync(folder);
  copyFileSync(path.join(PROJECT_ROOT, 'examples', EXAMPLE), path.join(folder, EXAMPLE));

  let s: Session | undefined;
  try {
    s = await startSession({ name: 'extension', folder, vsix: [vsix] });
    const { wb } = s;
    await wb.openFile(EXAMPLE);
    // 6 errors and 2 warnings in the file (see `xxgk lint`); those on the
    // visible lines are drawn.
    const errors = await wb.waitForSquiggles('error', 3);
    assert.ok(errors >= 3, `error squiggles: ${errors}`);
    await wb.screenshot('diagnostics');
    assert.match(await wb.problemsStatus(), /6/);

    // Line 17: `行政许可: 12件` — not a count.
    const hover = await wb.hoverOn(wb.squiggles('error').first(), /应为非负整数/);
    assert.match(hover, /应为非负整数/);
    await wb.screenshot('hover');
    await wb.dismiss();

    await wb.runCommand('xxgk: Open Preview to the Side');
    const frame = await wb.findFrameByText('政府信息公开', 60_000);
    assert.ok(frame);
    await wb.screenshot('preview');
  } catch (e) {
    if (s) await s.wb.screenshot('failure').catch(() => undefined);
    throw e;
  } finally {
    await s?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
});
