// Runs the `xxgk` command in-process through main(), collecting what it prints:
// faster than spawning dist/cli.js, for tests of a command's own logic.
import { main } from '../../../server/src/cli/main';

export async function runCli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}
