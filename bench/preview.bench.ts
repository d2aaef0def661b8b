// Preview benchmark in a real VS Code (prints, never fails): the extension
// installed from the vsce-made xxgk.vsix (rebuilt by `npm run package` when
// stale; or XXGK_E2E_VSIX) into code-server 4.139.1 (= VS Code 1.139.1),
// driven in headless Chromium through the e2e harness, on the 西城区民政局
// report:
//   1. cold start, as a person sees it: the file's tab active → its 7
//      warning squiggles drawn; → the language status item shows the report's
//      state. Both include activating the extension (onLanguage), starting
//      the language server and the first check;
//   2. "Open Preview to the Side" from the palette → its tab → the table
//      in the webview;
//   3. keystroke → updated preview DOM: one key replaces the last digit of
//      行政许可 (54 → 55 → 56 …), 1 warm-up + N edits, each > 300 ms after the
//      last update (the preview's throttle window is idle), timed in the page
//      from the keydown to the MutationObserver seeing the new text in the
//      webview (one clock: performance.timeOrigin + now in both frames).
//   4. keystroke in a preview cell → updated diagnostics and preview: `0`
//      typed into a blank cell and Enter, then Delete on it, each timed from
//      the keydown in the webview until the cell shows the report's new
//      version and the editor's warning squiggles have changed (the later of
//      the two), 1 warm-up + N/2 pairs (previewCellEdits.ts);
//   5. activation as VS Code measures it: "Developer: Show Running
//      Extensions" (the extension host's code-loading + activate() time),
//      and the extension host log's activation line.
//   XXGK_BENCH_EDITS (default 15) sets N.
// Needs `bash scripts/e2e/setup-code-server.sh` (else says so and stops).
// Writes the numbers to test-results/bench/preview.json as well.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, requireE2EEnv, startSession, type Session } from '../test/e2e/harness';
import { measureCellEdits } from './previewCellEdits';
import {
  exampleText,
  exampleWorkspace,
  extHostLogLines,
  findPreview,
  lineOf,
  packagedVsix,
  runningExtensionsActivation,
  statusBarLabel,
  typeAndTimePreview,
  XICHENG,
} from '../test/e2e/xxgk';

const EDITS = Math.max(1, Number(process.env.XXGK_BENCH_EDITS) || 15);
const SPACING_MS = 400; // > the preview's 300 ms throttle
const PERMITS = '主动公开政府信息情况/第二十条第（五）项/行政许可';

function stats(xs: number[]): { n: number; median: number; p90: number; min: number; max: number; mean: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return {
    n: s.length,
    median,
    p90: q(0.9),
    min: s[0]!,
    max: s[s.length - 1]!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const out: Record<string, unknown> = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    loadavgBefore: os.loadavg(),
  };
  console.log(
    `preview bench: VS Code 1.139.1 (code-server 4.139.1) in headless Chromium; ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  try {
    requireE2EEnv();
  } catch (e) {
    console.log(`preview bench: NOT RUN — ${(e as Error).message}`);
    return;
  }
  const vsix = await packagedVsix();
  console.log(`extension: ${path.relative(PROJECT_ROOT, vsix) || vsix} (vsce package)`);
  const ws = exampleWorkspace([XICHENG]);
  let s: Session | undefined;
  try {
    s = await startSession({
      name: 'bench-preview',
      folder: ws.folder,
      vsix: [vsix],
      viewport: { width: 1600, height: 1600 },
    });
    const { wb } = s;

    // 1. Cold start.
    const q0 = performance.now();
    await wb.openFile(XICHENG); // Ctrl+P, the name, Enter, until its tab is active
    const t0 = performance.now();
    let squigglesAt = NaN;
    let statusAt = NaN;
    while (performance.now() - t0 < 60_000 && (Number.isNaN(squigglesAt) || Number.isNaN(statusAt))) {
      if (Number.isNaN(squigglesAt) && (await wb.squiggles('warning').count()) >= 7)
        squigglesAt = performance.now() - t0;
      if (Number.isNaN(statusAt) && /勾稽关系一致|个错误/.test(await statusBarLabel(wb, 'status.languageStatus')))
        statusAt = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 20));
    }
    out.quickOpenToTabMs = t0 - q0;
    out.tabToSquigglesMs = squigglesAt;
    out.tabToLanguageStatusMs = statusAt;
    console.log(
      `cold start: Ctrl+P → tab active ${ms(t0 - q0)}; tab active → 7 warning squiggles ${ms(squigglesAt)}; → language status "${(await statusBarLabel(wb, 'status.languageStatus')).replace(/^Editor Language Status: /, '')}" ${ms(statusAt)}`,
    );
    console.log(
      '  (these include activating the extension, starting the language server and the first check; polled every ~20 ms)',
    );

    // 2. The preview.
    const p0 = performance.now();
    await wb.runCommand('xxgk: Open Preview to the Side'); // F1, the title, Enter
    const p1 = performance.now();
    await wb.page
      .locator('.tabs-container .tab')
      .filter({ hasText: /^Preview / })
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    const p2 = performance.now();
    const frame = await findPreview(wb, '二、主动公开政府信息情况');
    const p3 = performance.now();
    out.previewOpen = { paletteMs: p1 - p0, tabMs: p2 - p1, tableMs: p3 - p2 };
    console.log(
      `Open Preview to the Side: palette + Enter ${ms(p1 - p0)}; → preview tab ${ms(p2 - p1)}; → table text in the webview ${ms(p3 - p2)} (frames polled every 250 ms)`,
    );

    // 3. Keystroke → preview DOM.
    const line = lineOf(exampleText(XICHENG), '行政许可: 54');
    const samples: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i <= EDITS; i++) {
      const digit = String((5 + i) % 10);
      await wb.goTo(line, 1);
      await wb.page.keyboard.press('End');
      await wb.page.keyboard.press('Shift+ArrowLeft');
      const t = await typeAndTimePreview(wb, frame, digit, PERMITS, `5${digit}`);
      if (i > 0) {
        samples.push(t.domMs);
        wall.push(t.wallMs);
      }
      await wb.page.waitForTimeout(SPACING_MS);
    }
    const st = stats(samples);
    const sw = stats(wall);
    out.keystrokeToPreviewDom = { samplesMs: samples, ...st };
    out.keystrokeToPreviewWall = sw;
    console.log(`keystroke → preview DOM (${st.n} edits, ${SPACING_MS} ms apart, after 1 warm-up):`);
    console.log(
      `  median ${ms(st.median)}, p90 ${ms(st.p90)}, min ${ms(st.min)}, max ${ms(st.max)}, mean ${ms(st.mean)}`,
    );
    console.log(`  samples: ${samples.map((x) => x.toFixed(0)).join(' ')}`);
    console.log(`  (Node-side wall clock, press → poll: median ${ms(sw.median)})`);

    // 4. Keystroke in a preview cell → updated diagnostics and preview.
    const cells = await measureCellEdits(wb, frame, Math.max(1, Math.round(EDITS / 2)), SPACING_MS);
    const all = [...cells.typed, ...cells.emptied];
    const sc = stats(all.map((c) => c.ms));
    out.previewCellKeyToDiagnosticsAndPreview = {
      samplesMs: all.map((c) => c.ms),
      previewMs: stats(all.map((c) => c.previewMs)),
      squigglesMs: stats(all.map((c) => c.squigglesMs)),
      ...sc,
    };
    console.log(
      `keystroke in a preview cell → updated diagnostics and preview (${sc.n} keys: Enter after \`0\`, Delete):`,
    );
    console.log(
      `  median ${ms(sc.median)}, p90 ${ms(sc.p90)}, min ${ms(sc.min)}, max ${ms(sc.max)}, mean ${ms(sc.mean)}`,
    );
    console.log(
      `  preview alone: median ${ms(stats(all.map((c) => c.previewMs)).median)}; squiggles alone: median ${ms(stats(all.map((c) => c.squigglesMs)).median)}`,
    );
    console.log(
      `  Enter: ${cells.typed.map((c) => c.ms.toFixed(0)).join(' ')}; Delete: ${cells.emptied.map((c) => c.ms.toFixed(0)).join(' ')}`,
    );

    // 5. Activation as VS Code measures it (last: its editor opens in the active group).
    const logLine = extHostLogLines(s.profile.userDataDir, /_doActivateExtension xxgk\.xxgk/)[0];
    if (logLine) console.log(`extension host log: ${logLine.trim()}`);
    const activation = await runningExtensionsActivation(wb, 'xxgk —');
    out.activationMs = activation?.ms;
    console.log(
      activation
        ? `activation (Developer: Show Running Extensions): ${activation.ms} ms  [${activation.text}]`
        : 'activation: not shown by Running Extensions',
    );

    await wb.screenshot('end');
  } catch (e) {
    console.log(`preview bench: stopped early — ${(e as Error).stack ?? e}`);
    if (s) await s.wb.screenshot('bench-error').catch(() => undefined);
  } finally {
    await s?.close();
    rmSync(ws.tmp, { recursive: true, force: true });
    out.loadavgAfter = os.loadavg();
    const file = path.join(PROJECT_ROOT, 'test-results', 'bench', 'preview.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(out, null, 2));
    console.log(`written: ${path.relative(PROJECT_ROOT, file)}`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.log(`preview bench: stopped — ${String(e)}`);
    process.exit(0);
  },
);
