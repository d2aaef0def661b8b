// The importer on real-world variants of published reports: Markdown
// conversions (recognised by content, whatever the file's name), section 五
// under the titles reports give it, the title's year on a line of its own,
// and a report with no agency or year — which the checker then reports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../server/src/core/engine';
import { importText } from '../../server/src/core/import';
import { isMarkdown } from '../../server/src/core/import/markdown';
import { importFile } from '../../server/src/platform';
import { scoreImport, totalCells } from '../../server/src/core/import/score';
import {
  gridTables,
  htmlTables,
  huaianMarkdown,
  reportMarkdown,
  unlabeledRows,
  wrapAroundGroups,
  wrapLabels,
} from './helpers/markdownSources';
import { useTempDir } from './helpers/tempDir';

const XICHENG = readFileSync('examples/2023-西城区民政局.xxgk.yaml', 'utf8');
const TABLES = ['主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'];

function assertAllCellsRight(text: string): void {
  const { expected } = huaianMarkdown();
  const result = importText(text);
  const score = scoreImport(result, expected);
  assert.deepEqual(score.wrongCells, []);
  assert.equal(score.right, totalCells(expected));
  assert.deepEqual(result.missing, []);
}

describe('import: Markdown', () => {
  test('is recognised by its content: tables with separator rows, or headings', () => {
    assert.ok(isMarkdown(huaianMarkdown().markdown));
    assert.ok(isMarkdown(readFileSync('test/fixtures/published/2025_shuyang-xian-zhengfu.txt', 'utf8')));
    assert.ok(isMarkdown('## 一、总体情况\n正文\n## 二、主动公开政府信息情况\n'));
    for (const plain of [
      'test/fixtures/seed/2023_xicheng-minzhengju.txt',
      'test/fixtures/published/2024_huaian-shi-zhengfu.txt',
      'test/fixtures/published/2021_pingtan-zonghe-shiyanqu.txt',
    ])
      assert.equal(isMarkdown(readFileSync(plain, 'utf8')), false, plain);
  });

  test('a converter’s Markdown of a real report: every cell right, and the tables’ markup not left as text', () => {
    const { markdown } = huaianMarkdown();
    assertAllCellsRight(markdown);
    const result = importText(markdown);
    assert.deepEqual(
      result.unmapped.filter((u) => /-{3}|\|/.test(u)),
      [],
    );
    assert.ok(result.notes.some((n) => n.includes('Markdown')));
  });

  test('the example report through Markdown imports to the same tables, 机关 and 年度', () => {
    const original = parse(XICHENG) as Record<string, unknown>;
    const imported = parse(importText(reportMarkdown(XICHENG)).yaml) as Record<string, unknown>;
    assert.equal(imported['机关'], original['机关']);
    assert.equal(imported['年度'], original['年度']);
    for (const table of TABLES) assert.deepEqual(imported[table], original[table], table);
  });

  test('labels broken over rows, the numbers on the first of them', () => {
    assertAllCellsRight(wrapLabels(huaianMarkdown().markdown, 6, 'first'));
  });

  test('labels broken over rows, the numbers on the middle one', () => {
    assertAllCellsRight(wrapLabels(huaianMarkdown().markdown, 5, 'middle'));
  });

  test('a row label wrapped around its line, the group label and the numbers on the middle line', () => {
    const wrapped = wrapAroundGroups(huaianMarkdown().markdown);
    assert.match(wrapped, /^\| {2}\| 1\.本机关不掌握相关 \|/m);
    assert.match(wrapped, /^\| （四）无法提供 \| {2}\| 746/m);
    assertAllCellsRight(wrapped);
    assert.deepEqual(
      importText(wrapped).unmapped.filter((u) => /无法提供|本年度办理结果|不予公开/.test(u)),
      [],
    );
  });

  test('unlabeled rows: the label on a row of its own, the numbers on the next', () => {
    assertAllCellsRight(unlabeledRows(huaianMarkdown().markdown));
  });

  test('a row left blank keeps its blanks when the next row, under a label not recognised, has numbers', () => {
    const text = huaianMarkdown()
      .markdown.replace(/^\| 规章 .*$/m, '| 规章 |  |  |  |')
      .replace(/^\| 行政规范性文件 /m, '| 其他公文 ');
    const result = importText(text);
    const rule = result.report.tables.table2!.rows.find((r) => r.spec.key === '规章')!;
    assert.deepEqual(
      rule.cells.map((c) => c.state),
      ['blank', 'blank', 'blank'],
    );
    assert.ok(
      result.unmapped.some((u) => u.includes('8') && u.includes('66')),
      JSON.stringify(result.unmapped),
    );
  });

  test('table 四 in two rows, the first all blank: its blanks stay in place, the header’s padding does not count', () => {
    const text = huaianMarkdown().markdown.replace(
      /^\| 72 .*$/m,
      '|  |  |  |  |  |\n| 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |',
    );
    const rows = importText(text).report.tables.table4!.rows;
    assert.deepEqual(
      rows.map((r) => r.cells.map((c) => (c.state === 'value' ? Number(c.raw) : c.state))),
      [
        ['blank', 'blank', 'blank', 'blank', 'blank'],
        [13, 4, 8, 1, 26],
        [12, 1, 1, 6, 20],
      ],
    );
  });

  test('pandoc’s grid tables: +---+ borders, labels wrapped over the lines of a row', () => {
    const grid = gridTables(huaianMarkdown().markdown, 6);
    assert.match(grid, /^\+=+\+/m);
    assert.ok(isMarkdown(grid));
    assert.ok(isMarkdown(grid.replace(/^#+ /gm, '')), 'known by its grid table alone');
    assertAllCellsRight(grid);
  });

  test('tables with merged cells written as HTML inside the Markdown (pandoc’s gfm)', () => {
    const { markdown, yaml } = huaianMarkdown();
    const mixed = htmlTables(markdown, yaml);
    assert.match(mixed, /<table[\s\S]*rowspan/);
    assertAllCellsRight(mixed);
  });

  describe('files: by content, whatever the name', () => {
    let dir = '';
    useTempDir('xxgk-import-md-', (d) => (dir = d));
    for (const name of ['淮安 年报.md', '淮安.markdown', '淮安年报.txt', '淮安年报']) {
      test(name, async () => {
        const { markdown, expected } = huaianMarkdown();
        await writeFile(join(dir, name), markdown);
        const result = await importFile(join(dir, name));
        assert.equal(scoreImport(result, expected).right, totalCells(expected));
        assert.ok(result.notes.some((n) => n.includes('Markdown')));
      });
    }
  });

  test('emphasis, links, escapes and <br> in cells and prose are taken out', () => {
    const markdown = huaianMarkdown()
      .markdown.replace('| 规章', '| **规章**')
      .replace('| 行政许可', '| 行政<br>许可')
      .replace('## 一、总体情况', '## **一、总体情况**\n\n见[政府网站](http://example.invalid/)\\*。');
    assertAllCellsRight(markdown);
    const result = importText(markdown);
    assert.match(result.yaml, /见政府网站\*。/);
  });
});

describe('import: section 五 under the titles reports give it', () => {
  const variants = [
    '存在的主要问题及明年工作计划',
    '存在的主要问题及整改措施',
    '存在的问题和下一步工作打算',
    '政府信息公开工作存在的不足及改进措施',
    '主要问题和改进情况',
    '工作中存在的问题及改进措施',
    '存在的主要问题及2025年工作打算',
  ];
  for (const title of variants) {
    test(`五、${title}: found, its prose kept apart from table 四`, () => {
      const text = readFileSync('test/fixtures/published/2024_huaian-shi-zhengfu.txt', 'utf8').replace(
        '五、存在的主要问题及改进情况',
        `五、${title}`,
      );
      assert.notEqual(text, readFileSync('test/fixtures/published/2024_huaian-shi-zhengfu.txt', 'utf8'));
      const result = importText(text);
      assert.deepEqual(result.missing, []);
      assert.ok((result.report.prose['存在的主要问题及改进情况'] ?? []).length > 0);
      const table4 = result.report.tables.table4!;
      assert.ok(table4.rows.every((r) => r.cells.every((c) => c.state === 'value')));
      assert.ok(result.notes.some((n) => n.includes(title)));
    });
  }
});

describe('import: the title over lines', () => {
  const body = readFileSync('test/fixtures/seed/2023_xicheng-minzhengju.txt', 'utf8');
  const title = /^北京市西城区民政局\n2023年政府信息公开工作年度报告$/m;

  test('the year on a line of its own before 政府信息公开工作年度报告', () => {
    assert.match(body, title);
    const result = importText(body.replace(title, '北京市西城区民政局\n2023年\n政府信息公开工作年度报告'));
    assert.equal(result.report.agency, '北京市西城区民政局');
    assert.equal(result.report.year, 2023);
    assert.ok(!result.unmapped.some((u) => /^2023年$|北京市西城区民政局$/.test(u)));
  });

  test('the agency and year on the first line, the rest of the title on the next', () => {
    const result = importText(body.replace(title, '北京市西城区民政局2023年度\n政府信息公开工作年度报告'));
    assert.equal(result.report.agency, '北京市西城区民政局');
    assert.equal(result.report.year, 2023);
  });
});

describe('import: no agency or year is never silent', () => {
  test('an imported report with neither: the checker reports both on their keys', () => {
    const text = readFileSync('test/fixtures/seed/2023_xicheng-minzhengju.txt', 'utf8')
      .replace(/^北京市西城区民政局\n2023年政府信息公开工作年度报告$/m, '政府信息公开工作年度报告')
      .replace(/20\d\d年/g, '本年')
      .replace(/北京市西城区民政局|西城区民政局/g, '本机关');
    const result = importText(text);
    assert.equal(result.report.agency, undefined);
    assert.equal(result.report.year, undefined);
    const findings = checkText(result.yaml).findings;
    const lines = result.yaml.split('\n');
    const agency = findings.find((f) => f.code === 'missing-key' && f.message.includes('机关'));
    const year = findings.find((f) => f.code === 'year');
    assert.ok(agency && year);
    assert.match(lines[agency.range.start.line]!, /^机关:/);
    assert.match(lines[year.range.start.line]!, /^年度:/);
  });
});
