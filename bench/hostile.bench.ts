// Hostile-input benchmark (prints, never fails): the bounds of
// docs/report-format.md measured through the built CLI, each a child process
// (time and peak memory, start-up included), beside the targets of issue 14:
// 30,000 keys and 15,000 suppression comments checked in under 5 s; a 9 MB
// flow sequence answered in under 30 s and 1.5 GB; a .docx of 1.5 million
// paragraphs refused or read in under 20 s and 1 GB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measuredRun } from '../test/unit/helpers/measuredRun';
import { templateWith } from '../test/unit/helpers/docxTemplate';

const EXAMPLE = readFileSync('examples/2023-西城区民政局.xxgk.yaml', 'utf8');

interface Case {
  name: string;
  file: string;
  content: () => string | Buffer | Promise<Buffer>;
  command: string[];
  targetMs: number;
  targetMb: number;
}

const CASES: Case[] = [
  {
    name: '30,000 keys in one mapping',
    file: 'keys.xxgk.yaml',
    content: () => `${EXAMPLE}附加:\n${Array.from({ length: 30_000 }, (_, i) => `  k${i}: 1\n`).join('')}`,
    command: ['lint'],
    targetMs: 5000,
    targetMb: 1536,
  },
  {
    name: '15,000 stacked suppression comments',
    file: 'suppressions.xxgk.yaml',
    content: () => '# xxgk-disable-next-line row-total\n'.repeat(15_000) + EXAMPLE,
    command: ['lint'],
    targetMs: 5000,
    targetMb: 1536,
  },
  {
    name: '9 MB flow sequence (4.5 million items)',
    file: 'flow.xxgk.yaml',
    content: () => `机关: 某局\n年度: 2023\n前言: [${'1,'.repeat(4_500_000)}1]\n`,
    command: ['lint'],
    targetMs: 30_000,
    targetMb: 1536,
  },
  {
    name: '5,000 levels of `[` (render to HTML)',
    file: 'deep.xxgk.yaml',
    content: () => `机关: 某局\n年度: 2023\n前言: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    command: ['render', '-o', 'deep.html', '--force'],
    targetMs: 5000,
    targetMb: 1536,
  },
  {
    name: '.docx of 1.5 million paragraphs (import)',
    file: 'paragraphs.docx',
    content: () => templateWith({ paragraphs: 1_500_000 }),
    command: ['import'],
    targetMs: 20_000,
    targetMb: 1024,
  },
];

async function main(): Promise<void> {
  if (!existsSync('dist/cli.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const cli = join(process.cwd(), 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-hostile-bench-'));
  try {
    console.log('hostile input through the CLI (time and peak memory of the whole process):');
    for (const c of CASES) {
      const content = await c.content();
      writeFileSync(join(dir, c.file), content);
      const [command, ...rest] = c.command;
      const run = measuredRun(cli, [command!, c.file, ...rest], { cwd: dir });
      const answer = (run.stdout + run.stderr).split('\n').find((l) => /too-large|超过|个文件|已生成/.test(l)) ?? '';
      const ok = run.ms < c.targetMs && (run.peakMb ?? Infinity) < c.targetMb;
      console.log(
        `  ${c.name.padEnd(42)} ${(content.length / 1024 / 1024).toFixed(1).padStart(5)} MB in  ` +
          `${(run.ms / 1000).toFixed(2).padStart(6)} s (CPU ${((run.cpuMs ?? NaN) / 1000).toFixed(2)} s)  ` +
          `${(run.peakMb ?? NaN).toFixed(0).padStart(5)} MB peak  ` +
          `(target < ${c.targetMs / 1000} s, < ${c.targetMb} MB: ${ok ? 'met' : 'MISSED'})`,
      );
      console.log(`      exit ${run.status}: ${answer.slice(0, 110)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
