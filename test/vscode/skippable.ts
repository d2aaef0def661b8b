// Runs a test command for `npm test` where exit code 77 means "could not run
// here" (e.g. `npm run test:vscode` without a downloadable VS Code):
//   node --import tsx test/vscode/skippable.ts npm run test:vscode
// 77 → says plainly that it was NOT RUN (skipped, not passed) and exits 0 so
// the rest of `npm test` stands; any other non-zero code fails as it came;
// 0 passes. The command's own output goes through unchanged.
import { spawn } from 'node:child_process';
import path from 'node:path';

export const SKIPPED = 77;

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: skippable.ts <command> [args…]\n');
  process.exit(2);
}
const label =
  (args.includes('run') ? args[args.indexOf('run') + 1] : undefined) ?? path.basename(args.at(-1) ?? command);

const child = spawn(command, args, { stdio: 'inherit' });
child.on('error', (e) => {
  process.stdout.write(`${label}: FAILED — could not start ${command}: ${e.message}\n`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (code === SKIPPED) {
    process.stdout.write(
      `${label}: NOT RUN (exit ${SKIPPED}: skipped — not counted as passed; see the reason above)\n`,
    );
    process.exit(0);
  }
  if (code === 0) process.exit(0);
  process.stdout.write(`${label}: FAILED (${signal ? `signal ${signal}` : `exit ${code}`})\n`);
  process.exit(code || 1);
});
