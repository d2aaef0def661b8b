// Fix all round trip, against the built server: for every check with a quick
// fix, a valid report is broken in that check's ways, the client asks for
// source.fixAll.xxgk, applies it and sends the text back, and the server
// checks it again. Where the registry marks the check fixAllSafe, the text
// must come back exactly as it was before it was broken (so nothing else
// changed) with no finding left that a fix-all-safe fix could fix; where it
// does not, fix all must leave that break alone and the quick fix must still
// be offered one by one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Diagnostic } from 'vscode-languageserver-protocol/node';
import { RULES } from '../../server/src/core/checks/registry';
import type { CheckRule } from '../../server/src/core/checks/rule';
import { RECEIVED, removeCell, replaceOnce, setCell, validReport } from '../unit/helpers/reports';
import { applyAction, openReport, requestActions } from './codeActionSession';
import { LspClient, useLspClient } from './lspClient';
import { ROOT } from './serverBuild';

const FIX_ALL = 'source.fixAll.xxgk';
const rules = RULES as readonly CheckRule[];
const safe = new Set(rules.filter((r) => r.fixAllSafe).map((r) => r.code));

const valid = validReport();

/** Each check with a quick fix: texts that break a valid report in its ways, and that report. */
interface Case {
  code: string;
  breaks: ((text: string) => string)[];
}

const CASES: Case[] = [
  {
    code: 'row-total',
    breaks: [(t) => setCell(t, RECEIVED, '总计', '7'), (t) => setCell(t, '行政复议', '总计', '9')],
  },
  {
    // The 总计 row then also disagrees with its own cells (row-total): the total fixed to their sum
    // in the same pass as the cell is corrected must come back to what it was.
    code: 'result-total',
    breaks: [(t) => setCell(t, '总计', '商业企业', '5')],
  },
  {
    code: 'not-a-count',
    breaks: [(t) => setCell(t, '行政许可', undefined, '５４'), (t) => setCell(t, '行政处罚', undefined, '6件')],
  },
  {
    code: 'unknown-key',
    breaks: [
      (t) => replaceOnce(t, '    行政强制:', '    行政强质:'),
      (t) => replaceOnce(t, '    予以公开:', '    （一）予以公开:'),
    ],
  },
  { code: 'blank-cell', breaks: [(t) => setCell(t, '复议后起诉', '结果纠正', '')] },
  { code: 'missing-key', breaks: [(t) => removeCell(t, '未经复议直接起诉', '尚未审结')] },
];

const breakAll = (text: string, cases: readonly Case[]): string =>
  cases.flatMap((c) => c.breaks).reduce((t, b) => b(t), text);

describe('fix all round trip', () => {
  let client: LspClient;
  useLspClient((c) => (client = c));

  /** Opens `text`, applies fix all if offered, and resolves with the text and diagnostics before and after it. */
  async function fixAll(
    text: string,
  ): Promise<{ uri: string; before: Diagnostic[]; text: string; diagnostics: Diagnostic[] }> {
    const { uri, diagnostics } = await openReport(client, text);
    const actions = await requestActions(client, uri, diagnostics, [FIX_ALL]);
    assert.ok(actions.length <= 1);
    if (!actions.length) return { uri, before: diagnostics, text, diagnostics };
    assert.equal(actions[0]!.kind, FIX_ALL);
    return { uri, before: diagnostics, ...(await applyAction(client, uri, text, actions[0]!)) };
  }

  /** The diagnostics that a quick fix of a fix-all-safe rule could still fix. */
  async function safelyFixable(uri: string, diagnostics: Diagnostic[]): Promise<string[]> {
    const left: string[] = [];
    for (const d of diagnostics.filter((d) => safe.has(String(d.code)))) {
      const actions = await requestActions(client, uri, [d], ['quickfix']);
      if (actions.some((a) => a.isPreferred)) left.push(`${d.code}: ${d.message}`);
    }
    return left;
  }

  test('every fix-all-safe check has a case here', () => {
    assert.deepEqual(
      [...safe].filter((code) => !CASES.some((c) => c.code === code)),
      [],
    );
  });

  for (const c of CASES) {
    const fixable = safe.has(c.code);
    test(`${c.code}: ${fixable ? 'fixed back to the valid text, nothing else changed' : 'left alone, offered one by one'}`, async () => {
      const broken = breakAll(valid, [c]);
      const { uri, before, text, diagnostics } = await fixAll(broken);
      assert.ok(
        before.some((d) => d.code === c.code),
        `the break gives ${c.code}: ${JSON.stringify(before.map((d) => d.code))}`,
      );
      if (fixable) {
        assert.equal(text, valid);
        assert.deepEqual(diagnostics, []);
        return;
      }
      assert.equal(text, broken, 'fix all leaves it to a person');
      const target = diagnostics.filter((d) => d.code === c.code);
      assert.ok((await requestActions(client, uri, target, ['quickfix'])).some((a) => a.isPreferred));
    });
  }

  test('every break at once: the safe ones fixed, the others left exactly as they were', async () => {
    const broken = breakAll(valid, CASES);
    const expected = breakAll(
      valid,
      CASES.filter((c) => !safe.has(c.code)),
    );
    const { uri, before, text, diagnostics } = await fixAll(broken);
    assert.ok(before.some((d) => safe.has(String(d.code))));
    assert.equal(text, expected);
    assert.deepEqual(await safelyFixable(uri, diagnostics), []);
    assert.deepEqual(
      diagnostics.map((d) => d.code).sort(),
      CASES.filter((c) => !safe.has(c.code))
        .map((c) => c.code)
        .sort(),
    );
  });

  test('two near misses of one label in one mapping: neither renamed, no duplicate key made', async () => {
    const broken = replaceOnce(valid, '    行政许可: 54', '    行政许诺: 54\n    行政许认: 3');
    const { text, diagnostics } = await fixAll(broken);
    assert.equal(text, broken);
    assert.ok(!diagnostics.some((d) => d.code === 'yaml-syntax'));
  });

  test('a rename that is only a guess (行政检查 → 行政强制) is offered one by one, not applied', async () => {
    const broken = replaceOnce(valid, '    行政强制:', '    行政检查:');
    const { uri, text, diagnostics } = await fixAll(broken);
    assert.equal(text, broken);
    const target = diagnostics.filter((d) => d.code === 'unknown-key');
    assert.equal(target.length, 1);
    const offered = await requestActions(client, uri, target, ['quickfix']);
    assert.ok(offered.some((a) => a.isPreferred && a.title === '改为「行政强制」'));
  });

  test('the examples: after fix all no fix-all-safe finding can be fixed, and what was right stays', async () => {
    for (const name of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.xxgk.yaml'))) {
      const original = readFileSync(join(ROOT, 'examples', name), 'utf8');
      const { uri, before, text, diagnostics } = await fixAll(original);
      assert.deepEqual(await safelyFixable(uri, diagnostics), [], name);
      // Every line fix all changed held a finding of a fix-all-safe check.
      const flagged = new Set(before.filter((d) => safe.has(String(d.code))).map((d) => d.range.start.line));
      const [was, now] = [original.split('\n'), text.split('\n')];
      assert.equal(now.length, was.length, name);
      const changed = was.flatMap((line, i) => (line === now[i] ? [] : [i]));
      assert.deepEqual(
        changed.filter((i) => !flagged.has(i)),
        [],
        `${name}: lines changed without a finding`,
      );
    }
  });
});
