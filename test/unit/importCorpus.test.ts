// The importer on real published reports (test/fixtures/published): every table
// cell is scored against the expected values in test/fixtures/corpus-expected
// (read off each text by hand) as right, flagged (left blank, candidates
// listed) or wrong. Wrong is never acceptable; flagged only where the text
// itself cannot tell. The PDF is read by pdf.js in the process: no program
// outside Node is needed (the PDF tests run with a PATH that has none).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { checkText } from '../../server/src/core/engine';
import { importText } from '../../server/src/core/import';
import { importFile } from '../../server/src/platform/importFile';
import { ExpectedCells, scoreImport, totalCells } from '../../server/src/core/import/score';

const CORPUS = 'test/fixtures/published';
const FIXTURES = resolve(__dirname, '../fixtures/corpus-expected');
const PDF = join(CORPUS, '2024_huaian-shi-zhengfu.pdf');

function fixture(name: string): ExpectedCells {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as ExpectedCells;
}

const FIXTURE_FILES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Cells the text alone cannot tell (no sums constrain them): flagged, with the right value among the candidates. */
const TRULY_AMBIGUOUS: Record<string, number> = { '2021_pingtan-zonghe-shiyanqu.txt': 3 };

describe('import: corpus reports, cell by cell', () => {
  test('there is a fixture for every corpus text', () => {
    const texts = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    assert.deepEqual(FIXTURE_FILES.map((f) => fixture(f).source).sort(), texts);
  });

  for (const name of FIXTURE_FILES) {
    const expected = fixture(name);
    test(`${expected.source}: no cell wrong, every cell right or (only where the text cannot tell) flagged`, () => {
      const result = importText(readFileSync(join(CORPUS, expected.source), 'utf8'));
      const score = scoreImport(result, expected);
      assert.deepEqual(score.wrongCells, []);
      const flagged = TRULY_AMBIGUOUS[expected.source] ?? 0;
      assert.equal(score.flagged, flagged, 'flagged cells');
      assert.equal(score.right, totalCells(expected) - flagged, 'right cells');
    });
  }

  test('pingtan: the run-together row of table 二 lists the true split among its candidates', () => {
    const result = importText(readFileSync(join(CORPUS, '2021_pingtan-zonghe-shiyanqu.txt'), 'utf8'));
    const row = result.report.tables.table2!.rows.find((r) => r.spec.key === '行政规范性文件')!;
    assert.ok(row.candidates!.some((c) => c.join('/') === '69/3/665'));
    assert.ok(row.cells.every((c) => c.state === 'ambiguous'));
  });

  test('pingtan: the page chrome and the archive header are unmapped, not in the report', () => {
    const result = importText(readFileSync(join(CORPUS, '2021_pingtan-zonghe-shiyanqu.txt'), 'utf8'));
    const data = parse(result.yaml);
    assert.ok(result.unmapped.some((u) => u.startsWith('当前位置')));
    assert.ok(result.unmapped.includes('附件下载'));
    assert.match(data['前言'], /^根据《中华人民共和国政府信息公开条例》/);
    assert.equal(
      data['总体情况'].split('\n').filter(Boolean).length,
      6,
      'the flattened section 一 is split again before （一）…（五）',
    );
  });

  test("shuyang: the converter's invented headers are unmapped, the signature is read", () => {
    const result = importText(readFileSync(join(CORPUS, '2025_shuyang-xian-zhengfu.txt'), 'utf8'));
    assert.ok(result.unmapped.some((u) => u.includes('数据1')));
    assert.deepEqual(parse(result.yaml)['落款'], { 机关: '沐阳县人民政府', 日期: '2026-01-23' });
  });

  test('the partial reports say what is missing', () => {
    const wuhan = importText(
      readFileSync(join(CORPUS, '2022_wuhan-hanyang-qu-zhengfu-bangongshi_PARTIAL.txt'), 'utf8'),
    );
    for (const s of ['四、', '五、', '六、'])
      assert.ok(
        wuhan.missing.some((m) => m.startsWith(s)),
        s,
      );
    assert.ok(wuhan.missing.includes('表三 · 本年度办理结果 · 予以公开'));
    const shenzhen = importText(readFileSync(join(CORPUS, '2024_shenzhen-longgang-qu-bumen_PARTIAL.txt'), 'utf8'));
    const cut = shenzhen.report.tables.table3!.rows.find((r) => r.spec.key === '属于行政执法案卷')!;
    assert.match(cut.comment ?? '', /只有 6 格/);
  });

  test('complete corpus reports import to YAML the engine reads without syntax or key errors', () => {
    for (const source of [
      '2021_pingtan-zonghe-shiyanqu.txt',
      '2024_huaian-shi-zhengfu.txt',
      '2025_shuyang-xian-zhengfu.txt',
    ]) {
      const { findings } = checkText(importText(readFileSync(join(CORPUS, source), 'utf8')).yaml, {
        now: new Date('2027-01-01'),
      });
      const bad = findings.filter((f) =>
        ['yaml-syntax', 'unknown-key', 'missing-key', 'not-a-count', 'unsupported-yaml'].includes(f.code),
      );
      assert.deepEqual(bad, [], source);
    }
  });
});

describe('import: blank cells in a text laid out in columns (as PDF-to-text tools print it)', () => {
  test('a row with fewer numbers than columns is placed by the columns of the nearest complete rows', () => {
    let text = readFileSync(join(CORPUS, '2024_huaian-shi-zhengfu.txt'), 'utf8');
    text = text.replace('规章            1          0        11', '规章            1                   11');
    text = text.replace(/(2\.其他法律行政法规禁止公开\s+30\s+)1(\s)/, (_, a: string, b: string) => `${a} ${b}`);
    const data = parse(importText(text).yaml);
    assert.deepEqual(data['主动公开政府信息情况']['第二十条第（一）项']['规章'], {
      本年制发件数: 1,
      本年废止件数: null,
      现行有效件数: 11,
    });
    assert.deepEqual(data['收到和处理政府信息公开申请情况']['本年度办理结果']['不予公开']['其他法律行政法规禁止公开'], {
      自然人: 30,
      商业企业: null,
      科研机构: 0,
      社会公益组织: 0,
      法律服务机构: 0,
      其他: 0,
      总计: 31,
    });
  });

  test('where the columns do not tell, the row is flagged rather than guessed', () => {
    const text = readFileSync(join(CORPUS, '2024_huaian-shi-zhengfu.txt'), 'utf8').replace(
      /72 {3}64 {4}178 {4}37 {4}351/,
      '72          178    37    351',
    );
    const result = importText(text);
    const review = result.report.tables.table4!.rows[0]!;
    assert.ok(review.cells.every((c) => c.state === 'ambiguous'));
    assert.match(review.comment ?? '', /只找到 14 个数/);
  });
});

describe('import: PDF through pdf.js, with no PDF program on PATH', () => {
  test('2024_huaian-shi-zhengfu.pdf imports with every cell right', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    let result;
    try {
      result = await importFile(PDF);
    } finally {
      process.env.PATH = path;
    }
    const expected = fixture('2024_huaian-shi-zhengfu.json');
    const score = scoreImport(result, expected);
    assert.deepEqual(score.wrongCells, []);
    assert.equal(score.right, totalCells(expected));
    assert.deepEqual(result.unmapped, [], 'a group label cut by the page break is joined again');
    assert.deepEqual(result.missing, []);
    const data = parse(result.yaml);
    assert.equal(data['机关'], '淮安市人民政府');
    assert.equal(data['年度'], 2024);
    assert.match(data['总体情况'], /^2024年，我市坚持/, 'no space between CJK and digits');
    assert.ok(!/-\d-/.test(result.yaml), 'no page numbers in the text');
  });
});
