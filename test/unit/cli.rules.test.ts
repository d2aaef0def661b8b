// `xxgk rules [--format text|json]`: every check of the registry with its
// code, severity, description and flags; in-process through main(), and once
// through the bundled dist/cli.js as users run it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RULES } from '../../server/src/core/checks/registry';
import type { CheckRule } from '../../server/src/core/checks/rule';
import { ensureCliBuilt, ROOT, xxgk } from './helpers/cli';
import { runCli } from './helpers/cliInProcess';

const rules = RULES as readonly CheckRule[];

/** Parses `--format json` output and checks its shape: an array of objects with exactly the five fields. */
function parseRules(stdout: string): Record<string, unknown>[] {
  const data: unknown = JSON.parse(stdout);
  assert.ok(Array.isArray(data));
  for (const entry of data as Record<string, unknown>[]) {
    assert.deepEqual(Object.keys(entry).sort(), ['code', 'description', 'fixAllSafe', 'severity', 'suppressible']);
    assert.equal(typeof entry.code, 'string');
    assert.ok(['error', 'warning', 'information'].includes(entry.severity as string));
    assert.match(entry.description as string, /[\u4e00-\u9fff]/);
    assert.equal(typeof entry.suppressible, 'boolean');
    assert.equal(typeof entry.fixAllSafe, 'boolean');
  }
  return data as Record<string, unknown>[];
}

describe('xxgk rules', () => {
  test('--format json: one object per check of the registry, in its order, every field given', async () => {
    const r = await runCli('rules', '--format', 'json');
    assert.equal(r.status, 0);
    assert.equal(r.stderr, '');
    const listed = parseRules(r.stdout);
    assert.deepEqual(
      listed.map((entry) => entry.code),
      rules.map((rule) => rule.code),
    );
    for (const [i, rule] of rules.entries()) {
      assert.deepEqual(listed[i], { ...rule, fixAllSafe: rule.fixAllSafe ?? false });
    }
    // What the issue names as the registry's contract, whatever else is added.
    const byCode = new Map(listed.map((entry) => [entry.code, entry]));
    assert.equal(byCode.get('balance')?.severity, 'error');
    assert.equal(byCode.get('yaml-syntax')?.suppressible, false);
    assert.equal(byCode.get('row-total')?.fixAllSafe, true);
    assert.equal(byCode.get('blank-cell')?.fixAllSafe, false);
  });

  test('text (the default): a header, then one line per check with its columns aligned', async () => {
    const r = await runCli('rules');
    assert.equal(r.status, 0);
    const lines = r.stdout.split('\n');
    assert.equal(lines.pop(), '', 'ends with a line end');
    assert.equal(lines.length, rules.length + 1);
    assert.match(lines[0]!, /^代码 +严重程度 +可抑制 +自动修复 +说明$/);
    // The description starts in the same terminal column on every line (a CJK character is two columns).
    const columnOf = (line: string, text: string): number => {
      const before = line.slice(0, line.lastIndexOf(text));
      return [...before].reduce((width, c) => width + (c.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);
    };
    const start = columnOf(lines[0]!, '说明');
    for (const [i, rule] of rules.entries()) {
      const line = lines[i + 1]!;
      assert.ok(line.startsWith(`${rule.code} `), line);
      assert.ok(line.endsWith(rule.description), line);
      assert.equal(columnOf(line, rule.description), start, line);
      const flags = line
        .slice(rule.code.length, line.length - rule.description.length)
        .trim()
        .split(/ +/);
      assert.deepEqual(flags, [rule.severity, rule.suppressible ? '是' : '否', rule.fixAllSafe ? '是' : '否']);
    }
    assert.equal((await runCli('rules', '--format', 'text')).stdout, r.stdout);
  });

  test('help: `xxgk rules --help`, `xxgk help rules`, and the command in the general usage', async () => {
    for (const argv of [
      ['rules', '--help'],
      ['help', 'rules'],
    ]) {
      const r = await runCli(...argv);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^用法：xxgk rules \[--format text\|json\]/);
    }
    assert.match((await runCli('--help')).stdout, /\n {2}rules +列出全部检查/);
  });

  const bad: [string, string[], RegExp][] = [
    ['bad --format', ['rules', '--format', 'xml'], /text 或 json/],
    ['--format without a value', ['rules', '--format'], /--format/],
    ['unknown flag', ['rules', '--all'], /未知的选项 --all/],
    ['an argument', ['rules', 'row-total'], /不接受参数：row-total/],
  ];
  for (const [name, argv, message] of bad) {
    test(`${name}: status 2, Chinese on stderr, nothing on stdout`, async () => {
      const r = await runCli(...argv);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /运行 xxgk rules --help 查看用法/);
      assert.equal(r.stdout, '');
    });
  }

  test('the bundled dist/cli.js prints the same JSON', async () => {
    await ensureCliBuilt();
    const r = xxgk(['rules', '--format', 'json'], ROOT);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, (await runCli('rules', '--format', 'json')).stdout);
  });
});
