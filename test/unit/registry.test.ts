// The registry of checks is the one home of every check code: each check
// module's rule is in it, and package.json's `xxgk.severity` setting, the
// README's table of checks and docs/report-format.md's table of codes agree
// with it (as schema.test.ts holds the generated schema to the model).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECK_CODES, DEFAULT_SEVERITY, isCheckCode, RULES, ruleOf } from '../../server/src/core/checks/registry';
import type { CheckRule } from '../../server/src/core/checks/rule';

const CHECKS_DIR = 'server/src/core/checks';

interface TableRow {
  code: string;
  cells: string[];
}

/** The rows of the first table after `heading` in a Markdown file whose first cell is a `code`. */
function tableAfter(file: string, heading: string): { header: string[]; rows: TableRow[] } {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`\n${heading}\n`);
  assert.ok(at >= 0, `${file}: no heading ${heading}`);
  const lines = text.slice(at).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    table.push(line);
  }
  const split = (line: string): string[] =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
  const [header, , ...body] = table.map(split);
  const rows = body.map((cells) => {
    const code = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    assert.ok(code, `${file}: first cell of a row is no code: ${cells[0]}`);
    return { code, cells };
  });
  return { header: header!, rows };
}

function column(header: string[], name: string): number {
  const i = header.indexOf(name);
  assert.ok(i >= 0, `no column ${name} in ${header.join(' | ')}`);
  return i;
}

const yesNo = (value: boolean | undefined): string => (value ? 'yes' : 'no');

test('every rule has a unique code, a severity, a one-line Chinese description and a suppressible flag', () => {
  assert.equal(new Set(CHECK_CODES).size, RULES.length);
  for (const rule of RULES as readonly CheckRule[]) {
    assert.match(rule.code, /^[a-z]+(-[a-z]+)*$/, rule.code);
    assert.ok(['error', 'warning', 'information'].includes(rule.severity), rule.code);
    assert.match(rule.description, /[\u4e00-\u9fff]/, `${rule.code}: description in Chinese`);
    assert.doesNotMatch(rule.description, /[\r\n]/, `${rule.code}: one line`);
    assert.equal(typeof rule.suppressible, 'boolean', rule.code);
    assert.ok(rule.fixAllSafe === undefined || typeof rule.fixAllSafe === 'boolean', rule.code);
    assert.equal(DEFAULT_SEVERITY[rule.code as keyof typeof DEFAULT_SEVERITY], rule.severity);
    assert.equal(ruleOf(rule.code), rule);
    assert.ok(isCheckCode(rule.code));
  }
  assert.equal(ruleOf('no-such-check'), undefined);
  assert.equal(isCheckCode('toString'), false);
});

test('every rule a module in checks/ exports is in the registry, and each code has one rule', async () => {
  const exported: CheckRule[] = [];
  for (const file of readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join('..', '..', CHECKS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      const rule = value as Partial<CheckRule> | null;
      if (typeof rule !== 'object' || rule === null || typeof rule.code !== 'string' || !('severity' in rule)) continue;
      assert.match(name, /Rule$/, `${file}: ${name} looks like a rule; name it <name>Rule`);
      exported.push(rule as CheckRule);
    }
  }
  const registered = new Set<CheckRule>(RULES);
  assert.deepEqual(
    exported.filter((rule) => !registered.has(rule)).map((rule) => rule.code),
    [],
    'rules missing from RULES in registry.ts',
  );
  assert.deepEqual(exported.map((rule) => rule.code).sort(), [...CHECK_CODES].sort(), 'one exported rule per code');
});

test("package.json's xxgk.severity setting names exactly the registry's codes (run `npm run schema`)", () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const setting = manifest.contributes.configuration.properties['xxgk.severity'];
  assert.deepEqual(setting.propertyNames.enum, CHECK_CODES);
  assert.deepEqual(setting.additionalProperties.enum, ['error', 'warning', 'information', 'off']);
});

test("the README's table of checks lists every code with its severity, flags and a description", () => {
  const { header, rows } = tableAfter('README.md', '## Checks');
  const [severity, suppressible, fixAll, what] = ['severity', 'suppressible', 'fix all', 'what'].map((name) =>
    column(header, name),
  );
  assert.deepEqual(
    rows.map((row) => row.code),
    CHECK_CODES,
    'the codes, in the order of the registry',
  );
  for (const { code, cells } of rows) {
    const rule = ruleOf(code)!;
    assert.equal(cells[severity!], rule.severity, `${code}: severity`);
    assert.equal(cells[suppressible!], yesNo(rule.suppressible), `${code}: suppressible`);
    assert.equal(cells[fixAll!], yesNo(rule.fixAllSafe), `${code}: fix all`);
    assert.ok(cells[what!]!.length > 10, `${code}: described`);
  }
});

test("docs/report-format.md's table of codes lists every code with its severity and a description", () => {
  const { header, rows } = tableAfter('docs/report-format.md', '## Checks and their codes');
  const [severity, what, range] = ['severity', 'what', 'range, and how many'].map((name) => column(header, name));
  assert.deepEqual(
    rows.map((row) => row.code),
    CHECK_CODES,
    'the codes, in the order of the registry',
  );
  for (const { code, cells } of rows) {
    assert.equal(cells[severity!], ruleOf(code)!.severity, `${code}: severity`);
    assert.ok(cells[what!]!.length > 10, `${code}: described`);
    assert.ok(cells[range!]!.length > 2, `${code}: its range`);
  }
});

test('docs/report-format.md names the codes that cannot be suppressed and those fix all applies, as the registry does', () => {
  const text = readFileSync('docs/report-format.md', 'utf8').replace(/\s+/g, ' ');
  const codesIn = (list: string | undefined): string[] =>
    [...(list ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!).sort();
  const rules = RULES as readonly CheckRule[];
  assert.deepEqual(
    codesIn(/((?:`[a-z-]+`(?:,| and|, and)? )+)cannot be suppressed/.exec(text)?.[1]),
    rules
      .filter((r) => !r.suppressible)
      .map((r) => r.code)
      .sort(),
  );
  assert.deepEqual(
    codesIn(/applies the quick fixes of ((?:`[a-z-]+`(?:,| and|, and)? )+)only/.exec(text)?.[1]),
    rules
      .filter((r) => r.fixAllSafe)
      .map((r) => r.code)
      .sort(),
  );
});
