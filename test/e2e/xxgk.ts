// What the xxgk e2e tests and the preview benchmark share on top of
// harness.ts: the vsce-made package, a workspace of examples, and readings
// of the workbench as a person sees it (squiggles by line, the status bar,
// the language status hover, the preview webview's cells, keystroke →
// preview timing, activation time from "Developer: Show Running Extensions").
//
// This file only gathers them, split by concern:
//   packagedVsix.ts              the vsce-made xxgk.vsix
//   examples.ts                  a workspace of examples, their text, lineOf
//   squiggleAndStatusReaders.ts  squiggles by line, status bar, language status
//   previewReaders.ts            the preview webview's cells, keystroke → preview timing
//   extensionActivation.ts       activation time, extension host log lines
export * from './packagedVsix';
export * from './examples';
export * from './squiggleAndStatusReaders';
export * from './previewReaders';
export * from './extensionActivation';
