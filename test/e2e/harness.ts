// End-to-end harness: a real VS Code workbench (code-server 4.139.1 = VS Code
// 1.139.1, run under Node 24) driven by Debian's headless chromium through
// playwright-core. Everything it runs comes from the cache folder that
// scripts/e2e/setup-code-server.sh fills (see test/e2e/README.md).
//
// Typical use (see smoke.e2e.ts):
//   const s = await startSession({ name: 'smoke', vsix, folder });
//   try { await s.wb.openFile('a.xxgk.yaml'); await s.wb.waitForSquiggles('error'); }
//   finally { await s.close(); }
//
// This file only gathers the harness's parts, split by concern:
//   e2eEnv.ts          paths, timeouts, finding what setup installed
//   exitCleanup.ts     child processes and temp folders removed on exit
//   codeServer.ts      the code-server process: profile, .vsix install, port, health
//   pageDom.ts         the DOM types page-side code uses (no DOM lib here)
//   browser.ts         chromium via playwright-core
//   workbench.ts       workbench actions: open file, palette, cursor, typing
//   editorReaders.ts   squiggles, hover, completion, problems status
//   session.ts         all of the above for one test
export * from './e2eEnv';
export { makeTempDir } from './exitCleanup';
export * from './codeServer';
export * from './pageDom';
export * from './browser';
export * from './editorReaders';
export * from './workbench';
export * from './session';
