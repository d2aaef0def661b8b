// The PDF importer's geometry (core/import/pdf/), on pages laid out here by
// hand: pieces of text to lines, rules to grids with merged cells, text to
// cells whatever line it stands on, tables cut by a page break joined again,
// paragraphs rejoined across lines and pages.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findGrids } from '../../server/src/core/import/pdf/grid';
import { joinPieces, toLines } from '../../server/src/core/import/pdf/lines';
import { looseTables } from '../../server/src/core/import/pdf/looseTables';
import { PdfPage, PdfRule, PdfText } from '../../server/src/core/import/pdf/page';
import { pagesToText } from '../../server/src/core/import/pdf/pagesToText';
import { unifyRadicals } from '../../server/src/core/import/pdf/radicals';
import { gridRows, rowText } from '../../server/src/core/import/pdf/tableRows';

/** A piece of text at (x, top), `size` points high, each character `size` wide (half that for ASCII). */
function piece(text: string, x: number, top: number, size = 10): PdfText {
  const width = [...text].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? size / 2 : size), 0);
  return { text, x0: x, x1: x + width, top, bottom: top + size };
}

/** The rules of a grid with edges xs × ys, less the segments `open` names ('v c r': the vertical edge c in row r; 'h r c'). */
function gridRules(xs: number[], ys: number[], open: string[] = []): PdfRule[] {
  const rules: PdfRule[] = [];
  for (let c = 0; c < xs.length; c++)
    for (let r = 0; r + 1 < ys.length; r++)
      if (!open.includes(`v ${c} ${r}`)) rules.push({ x0: xs[c]!, x1: xs[c]!, y0: ys[r]!, y1: ys[r + 1]! });
  for (let r = 0; r < ys.length; r++)
    for (let c = 0; c + 1 < xs.length; c++)
      if (!open.includes(`h ${r} ${c}`)) rules.push({ x0: xs[c]!, x1: xs[c + 1]!, y0: ys[r]!, y1: ys[r]! });
  return rules;
}

function page(texts: PdfText[], rules: PdfRule[] = []): PdfPage {
  return { width: 595, height: 842, texts, rules };
}

describe('PDF geometry: lines', () => {
  test('pieces sharing most of their height make one line, read left to right', () => {
    const lines = toLines([piece('政府信息', 100, 100), piece('一、', 50, 101), piece('第二行', 50, 120)]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['一、政府信息', '第二行'],
    );
  });

  test('spaces: kept where the PDF has one between Latin words, dropped between CJK and digits', () => {
    const year = [piece('2023', 50, 100), piece(' ', 70, 100), piece('年度', 73, 100)];
    assert.equal(joinPieces(year), '2023年度');
    const words = [piece('Hello', 50, 100), piece(' ', 75, 100), piece('world', 78, 100)];
    assert.equal(joinPieces(words), 'Hello world');
    // A web address cut into pieces that touch: no space comes between them.
    assert.equal(joinPieces([piece('www.g', 50, 100), piece('ov.cn', 75.5, 100)]), 'www.gov.cn');
  });

  test('radical code points read as the ideographs they look like; other characters stay', () => {
    assert.equal(unifyRadicals('西城区⺠政局⽅⾯（一）'), '西城区民政局方面（一）');
  });
});

describe('PDF geometry: tables printed without rules', () => {
  // Label column from 40, numbers' columns centred at 205, 255, 305 (size 10).
  const num = (text: string, centre: number, top: number): PdfText => piece(text, centre - 2.5, top);

  test('rows found by their numbers; a column with no number in a row is a blank cell; prose and headers stay text', () => {
    const lines = toLines([
      piece('一段正文。', 40, 60),
      piece('信息内容', 40, 90),
      piece('本年制发件数', 175, 90),
      num('1', 205, 110),
      piece('规章', 40, 110),
      num('0', 255, 110),
      num('11', 305, 110),
      piece('行政规范性文件', 40, 125),
      num('8', 205, 125),
      num('66', 305, 125),
    ]);
    const { rows, rest } = looseTables(lines);
    assert.deepEqual(
      rows.map((r) => r.text),
      ['| 规章 | 1 | 0 | 11 |', '| 行政规范性文件 | 8 |  | 66 |'],
    );
    assert.deepEqual(
      rest.map((l) => l.text),
      ['一段正文。', '信息内容本年制发件数'],
    );
  });

  test('a wrapped label goes with the numbers on its middle line; a row all blank is found by its numbered label', () => {
    const lines = toLines([
      piece('（二）部分公开（区分', 40, 100),
      num('2', 205, 110),
      num('0', 255, 110),
      num('2', 305, 110),
      piece('处理的）', 40, 120),
      piece('2.其他法律行政法规禁止', 40, 138),
      piece('公开', 40, 150),
      piece('3.危及“三安全一稳定”', 40, 166),
      num('5', 205, 166),
      num('0', 255, 166),
      num('5', 305, 166),
    ]);
    assert.deepEqual(
      looseTables(lines).rows.map((r) => r.text),
      [
        '| （二）部分公开（区分处理的） | 2 | 0 | 2 |',
        '| 2.其他法律行政法规禁止公开 |  |  |  |',
        '| 3.危及“三安全一稳定” | 5 | 0 | 5 |',
      ],
    );
  });
});

describe('PDF geometry: tables from rules', () => {
  test('a missing rule between two slots makes one merged cell (colspan, rowspan)', () => {
    // 3 × 3 slots: row 0 cols 1–2 merged; col 0 rows 1–2 merged.
    const [grid] = findGrids(gridRules([0, 50, 100, 150], [0, 20, 40, 60], ['v 2 0', 'h 2 0']));
    assert.ok(grid);
    assert.deepEqual(grid.xs, [0, 50, 100, 150]);
    const c = grid.cells;
    assert.equal(c[0]![1], c[0]![2]);
    assert.deepEqual({ rowSpan: c[0]![1]!.rowSpan, colSpan: c[0]![1]!.colSpan }, { rowSpan: 1, colSpan: 2 });
    assert.equal(c[1]![0], c[2]![0]);
    assert.deepEqual({ rowSpan: c[1]![0]!.rowSpan, colSpan: c[1]![0]!.colSpan }, { rowSpan: 2, colSpan: 1 });
    assert.notEqual(c[1]![1], c[2]![1]);
  });

  test('a border drawn cell by cell (short touching rules) is one table; rules that touch nothing are not a table', () => {
    const cellByCell = gridRules([0, 50, 100], [0, 20, 40]);
    assert.equal(findGrids(cellByCell).length, 1);
    assert.deepEqual(findGrids([{ x0: 0, x1: 500, y0: 700, y1: 700 }]), []);
  });

  test('a table cut at the head of a page (no rule along the cut): its first row is still a row', () => {
    const rules = gridRules([0, 100, 150], [40, 60]).concat(
      { x0: 0, x1: 0, y0: 20, y1: 40 },
      { x0: 100, x1: 100, y0: 20, y1: 40 },
      { x0: 150, x1: 150, y0: 20, y1: 40 },
    );
    const [grid] = findGrids(rules);
    assert.ok(grid);
    assert.deepEqual(grid.ys, [20, 40, 60]);
    const rows = gridRows(grid, [piece('1.信访举报', 2, 25), piece('3', 120, 25), piece('2.重复申请', 2, 45)]);
    assert.deepEqual(rows.map(rowText), ['| 1.信访举报 | 3 |', '| 2.重复申请 |  |']);
  });

  test('a label wrapping in a narrow column, the numbers on its middle line: one cell, the numbers in theirs', () => {
    // Columns: group label | row label | 自然人 | 商业企业 | 总计; the row's label wraps to two lines,
    // its numbers stand between them; the group label spans both rows, printed on the first row's middle.
    const xs = [40, 100, 220, 280, 340, 400];
    const ys = [100, 140, 160];
    const texts = [
      piece('1.本机关不掌握相关政', 102, 104, 10),
      piece('（四）无法提供', 42, 115, 8),
      piece('31', 240, 115),
      piece('0', 300, 115),
      piece('31', 360, 115),
      piece('府信息', 102, 126, 10),
      piece('2.重复申请', 102, 145),
      piece('5', 240, 145),
      piece('5', 360, 145),
    ];
    const [grid] = findGrids(gridRules(xs, ys, ['h 1 0']));
    assert.ok(grid);
    assert.deepEqual(gridRows(grid, texts).map(rowText), [
      '| （四）无法提供 | 1.本机关不掌握相关政府信息 | 31 | 0 | 31 |',
      '| 2.重复申请 | 5 |  | 5 |',
    ]);
  });
});

describe('PDF geometry: pages to text', () => {
  const body = (text: string, x: number, top: number): PdfText => piece(text, x, top, 16);

  test('lines run to the margin are one paragraph, across a page too; an indented line starts one; page numbers go', () => {
    const full = '一'.repeat(30); // 480 points wide: from 60 to the right margin at 540; indented lines start at 92
    const first = page([
      body('标题', 260, 60),
      body('二'.repeat(28), 92, 100),
      body(full, 60, 124),
      body('短行。', 60, 148),
      body('三'.repeat(28), 92, 172),
      body(full, 60, 196),
      piece('- 1 -', 280, 800, 10),
    ]);
    const second = page([body('续完。', 60, 60), body('新段落。', 92, 84), piece('- 2 -', 280, 800, 10)]);
    const { text, notes } = pagesToText([first, second]);
    assert.deepEqual(text.split('\n'), [
      '标题',
      `${'二'.repeat(28)}${full}短行。`,
      `${'三'.repeat(28)}${full}续完。`,
      '新段落。',
    ]);
    assert.deepEqual(notes, ['去掉了 PDF 页码 2 处。']);
  });

  test('a table cut by a page break: the group label cut with it is joined again, the next row is its own', () => {
    // The group label's column is narrow: '（四）无' runs to its right edge.
    const xs = [40, 84, 220, 280];
    const rules1 = gridRules(xs, [600, 640, 680]);
    const rules2 = gridRules(xs, [60, 100, 140], ['h 1 0']);
    const first = page(
      [
        piece('一段正文，到此为止。', 60, 560, 16),
        piece('（三）不予', 42, 605, 10),
        piece('1.属于国家秘密', 102, 605),
        piece('2', 240, 605),
        piece('（四）无', 42, 645, 10),
        piece('1.本机关不掌握', 102, 645),
        piece('7', 240, 645),
      ],
      rules1,
    );
    const second = page(
      [
        piece('法提供', 42, 65, 10),
        piece('2.没有现成信息', 102, 65),
        piece('3', 240, 65),
        piece('3.补正后仍不明确', 102, 105),
        piece('4', 240, 105),
      ],
      rules2,
    );
    const rows = pagesToText([first, second])
      .text.split('\n')
      .filter((l) => l.startsWith('|'));
    assert.deepEqual(rows, [
      '| （三）不予 | 1.属于国家秘密 | 2 |',
      '| （四）无法提供 | 1.本机关不掌握 | 7 |',
      '| 2.没有现成信息 | 3 |',
      '| 3.补正后仍不明确 | 4 |',
    ]);
  });
});
