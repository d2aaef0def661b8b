// The `xxgk lint` command in-process: output formatting and folder search.
// (The spawned dist/cli.js is tested in cli.usage.test.ts and cli.engine.test.ts.)
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { Finding } from '../../server/src/core/findings';
import { findReportFiles, isReportFileName } from '../../server/src/platform/findReportFiles';
import { formatFindingLine, formatJson, formatSummary, tally, toJsonResult } from '../../server/src/cli/formatFindings';
import { useTempDir } from './helpers/tempDir';

describe('formatFindings', () => {
  const finding: Finding = {
    range: { start: { line: 4, character: 10 }, end: { line: 4, character: 13 } },
    severity: 'error',
    code: 'not-a-count',
    message: '“行政许可”应为\n数字',
    related: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x' }],
    fixes: [{ title: '改为 12', edits: [{ start: 1, end: 2, newText: '12' }] }],
  };

  test('text line: file:line:col severity code message, 1-based, one line', () => {
    assert.equal(
      formatFindingLine('a/b.xxgk.yaml', finding),
      'a/b.xxgk.yaml:5:11 error not-a-count “行政许可”应为 数字',
    );
  });

  test('JSON keeps range, severity, code, message and related locations with their file; never fixes', () => {
    const json = toJsonResult({ file: 'x', findings: [finding] });
    assert.deepEqual(json, {
      file: 'x',
      diagnostics: [
        {
          range: { start: { line: 4, character: 10 }, end: { line: 4, character: 13 } },
          severity: 'error',
          code: 'not-a-count',
          message: finding.message,
          related: [
            { file: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x' },
          ],
        },
      ],
    });
    const elsewhere = { ...finding, related: [{ ...finding.related![0]!, uri: 'y/2023.xxgk.yaml' }] };
    assert.equal(
      toJsonResult({ file: 'x', findings: [elsewhere] }).diagnostics[0]!.related![0]!.file,
      'y/2023.xxgk.yaml',
    );
    const { related: _none, ...bare } = finding;
    assert.equal('related' in toJsonResult({ file: 'x', findings: [bare] }).diagnostics[0]!, false);
    assert.deepEqual(
      JSON.parse(
        formatJson([
          { file: 'x', findings: [finding] },
          { file: 'y', findings: [] },
        ]),
      ),
      [json, { file: 'y', diagnostics: [] }],
    );
  });

  test('summary counts files, errors and warnings in Chinese', () => {
    const warning: Finding = { ...finding, severity: 'warning', code: 'blank-cell' };
    const info: Finding = { ...finding, severity: 'information' };
    const t = tally([
      { file: 'a', findings: [finding, warning, warning] },
      { file: 'b', findings: [] },
      { file: 'c', findings: [finding] },
    ]);
    assert.deepEqual(t, { files: 3, errors: 2, warnings: 2, information: 0 });
    assert.equal(formatSummary(t), '3 个文件，2 个错误，2 个警告');
    assert.equal(formatSummary(tally([{ file: 'a', findings: [info] }])), '1 个文件，0 个错误，0 个警告，1 条提示');
  });
});

describe('findReportFiles', () => {
  let root = '';
  useTempDir('xxgk-find-', (d) => (root = d));
  before(async () => {
    const files = [
      'a.xxgk.yaml',
      'b.xxgk.yml',
      'Z.xxgk.yaml',
      'notes.yaml',
      'readme.md',
      'x.xxgk.yaml.bak',
      'xxgk.yaml.txt',
      'sub/c.xxgk.yaml',
      'sub/deeper/d.xxgk.yml',
      'sub/deeper/other.yml',
      'dir.xxgk.yaml/g.xxgk.yaml',
      'node_modules/pkg/e.xxgk.yaml',
      'sub/node_modules/f.xxgk.yaml',
      '.git/h.xxgk.yaml',
    ];
    for (const f of files) {
      await mkdir(join(root, f, '..'), { recursive: true });
      await writeFile(join(root, f), 'a: 1\n');
    }
    await symlink(join(root, 'a.xxgk.yaml'), join(root, 'link.xxgk.yaml'));
    await symlink(join(root, 'missing'), join(root, 'dangling.xxgk.yaml'));
    await symlink(root, join(root, 'loop')); // a folder link back to the top: must not loop
  });

  test('finds *.xxgk.yaml and *.xxgk.yml recursively, sorted, skipping node_modules and .git', async () => {
    const found = await findReportFiles(root);
    assert.deepEqual(found.errors, []);
    assert.deepEqual(
      found.files,
      [
        'Z.xxgk.yaml',
        'a.xxgk.yaml',
        'b.xxgk.yml',
        'dir.xxgk.yaml/g.xxgk.yaml',
        'link.xxgk.yaml',
        'sub/c.xxgk.yaml',
        'sub/deeper/d.xxgk.yml',
      ].map((f) => join(root, f)),
    );
  });

  test('the same tree gives the same order every time', async () => {
    assert.deepEqual((await findReportFiles(root)).files, (await findReportFiles(root)).files);
  });

  test('a missing folder rejects', async () => {
    await assert.rejects(findReportFiles(join(root, 'nope')), { code: 'ENOENT' });
  });

  test('isReportFileName', () => {
    assert.ok(isReportFileName('2023-西城区民政局.xxgk.yaml'));
    assert.ok(isReportFileName('a.xxgk.yml'));
    assert.ok(!isReportFileName('a.yaml'));
    assert.ok(!isReportFileName('a.xxgk.yaml.bak'));
    assert.ok(!isReportFileName('a.xxgk.json'));
  });
});
