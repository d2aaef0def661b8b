// The renderer's cells: 总计 computed where the file leaves it out, findings
// on the cell, row, heading or placeholder they are about, and the optional
// parts of the report (标题, 落款). Fixtures are the 西城 report, edited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { checkText, parseReport } from '../../server/src/core/engine';
import { htmlDocument, renderHtml, renderReport } from '../../server/src/core/render';
import { byPath, elements, hasClass, HtmlElement, parseHtml, textOf } from './helpers/miniHtml';

const ROOT = resolve(__dirname, '../..');
const XICHENG = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');
const T3 = '收到和处理政府信息公开申请情况';
const T4 = '政府信息公开行政复议、行政诉讼情况';
const ZEROS = '{自然人: 0, 商业企业: 0, 科研机构: 0, 社会公益组织: 0, 法律服务机构: 0, 其他: 0, 总计: 0}';

function render(text: string): { html: string; paths: Map<string, HtmlElement>; doc: HtmlElement } {
  const html = renderHtml(text, { standalone: true, findings: checkText(text).findings });
  const doc = parseHtml(html);
  return { html, doc, paths: byPath(doc) };
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  assert.notEqual(next, text, `fixture edit did not apply: ${String(from)}`);
  return next;
}

describe('render: 总计 left out is printed as computed', () => {
  let text = XICHENG.replace(/, 总计: 0\}/g, '}');
  text = replaceOnce(
    text,
    `本年新收政府信息公开申请数量: {自然人: 0, 商业企业: 0,`,
    '本年新收政府信息公开申请数量: {自然人: 3, 商业企业: 1,',
  );
  text = replaceOnce(text, '予以公开: {自然人: 0,', '予以公开: {自然人: 4,');
  text = replaceOnce(text, '部分公开: {自然人: 0,', '部分公开: {自然人: 2,');
  text = replaceOnce(text, /^ {4}总计: \{.*\}\n/m, '');
  text = replaceOnce(text, '行政复议: {结果维持: 0, 结果纠正: 0,', '行政复议: {结果维持: 1, 结果纠正: 2,');
  const { paths } = render(text);

  const computed = (path: string, value: string): void => {
    const el = paths.get(path);
    assert.ok(el, path);
    assert.ok(hasClass(el, 'computed'), `${path} is marked computed`);
    assert.equal(textOf(el), value, path);
    assert.match(el.attrs['title'] ?? '', /^自动计算/, path);
  };

  test('a row 总计: the sum of its six columns', () => {
    computed(`${T3}/本年新收政府信息公开申请数量/总计`, '4');
    computed(`${T3}/本年度办理结果/予以公开/总计`, '4');
    computed(`${T3}/结转下年度继续办理/总计`, '0');
  });

  test('（七）总计 left out: each column is the sum of the result rows', () => {
    computed(`${T3}/本年度办理结果/总计/自然人`, '6');
    computed(`${T3}/本年度办理结果/总计/商业企业`, '0');
  });

  test('a sum over a blank cell is not made up: the cell stays empty and says why', () => {
    const path = `${T3}/本年度办理结果/无法提供/重复申请/总计`;
    assert.equal(paths.get(path), undefined, 'no such row: 重复申请 is under 不予处理');
    computed(`${T3}/本年度办理结果/不予处理/重复申请/总计`, '');
    assert.match(paths.get(`${T3}/本年度办理结果/不予处理/重复申请/总计`)!.attrs['title']!, /无法计算/);
    computed(`${T3}/本年度办理结果/总计/科研机构`, '');
  });

  test('table 四: 总计 of the four results', () => {
    computed(`${T4}/行政复议/总计`, '3');
    computed(`${T4}/行政诉讼/复议后起诉/总计`, '0');
  });

  test('given cells are not marked computed', () => {
    assert.ok(!hasClass(paths.get(`${T3}/本年新收政府信息公开申请数量/自然人`)!, 'computed'));
    const original = render(XICHENG);
    assert.ok(!elements(original.doc).some((el) => hasClass(el, 'computed')), 'the 西城 file gives every 总计');
    assert.equal(textOf(original.paths.get(`${T3}/本年度办理结果/总计/总计`)!), '0');
  });
});

describe('render: findings go where they are about', () => {
  let text = XICHENG;
  text = replaceOnce(text, `予以公开: ${ZEROS}`, `予以公开: ${ZEROS.replace('总计: 0', '总计: 5')}`);
  text = replaceOnce(text, `属于国家秘密: ${ZEROS}`, `属于国家秘密: ${ZEROS.replace('社会公益组织: 0, ', '')}`);
  text = replaceOnce(text, /^ {6}属于行政执法案卷: .*\n/m, '');
  text = replaceOnce(text, '行政复议: {结果维持: 0,', '行政复议: {结果维护: 0, 结果维持: 0,');
  text = replaceOnce(text, '行政许可: 54', '行政许可: 12件');
  text = replaceOnce(text, /^存在的主要问题及改进情况: \|\n(?: {2}.*\n)+/m, '存在的主要问题及改进情况: |\n  无\n');
  text = replaceOnce(text, /^其他需要报告的事项: \|\n(?: {2}.*\n)+/m, '');
  const findings = checkText(text).findings;
  const { paths, doc } = render(text);

  const marked = (path: string, severity: 'error' | 'warning', message: RegExp): HtmlElement => {
    const el = paths.get(path);
    assert.ok(el, path);
    assert.ok(hasClass(el, 'has-finding'), `${path} has-finding`);
    assert.ok(hasClass(el, `severity-${severity}`), `${path} severity-${severity}`);
    assert.match(el.attrs['title'] ?? '', message, path);
    return el;
  };

  test('row-total on the given 总计', () => {
    marked(`${T3}/本年度办理结果/予以公开/总计`, 'error', /「予以公开」行.*= 0，但总计为 5/);
  });

  test('not-a-count on its cell, which shows the value as written', () => {
    const el = marked('主动公开政府信息情况/第二十条第（五）项/行政许可', 'error', /非负整数.*12件/);
    assert.equal(textOf(el), '12件');
  });

  test('a missing column: its empty cell; a missing row: its label', () => {
    const cell = marked(`${T3}/本年度办理结果/不予公开/属于国家秘密/社会公益组织`, 'error', /缺少「社会公益组织」/);
    assert.equal(textOf(cell), '');
    assert.ok(hasClass(cell, 'missing'));
    const label = marked(
      `${T3}/本年度办理结果/不予公开/属于行政执法案卷#label`,
      'error',
      /缺少「7\.属于行政执法案卷」/,
    );
    assert.equal(textOf(label), '7.属于行政执法案卷');
    assert.equal(textOf(paths.get(`${T3}/本年度办理结果/不予公开/属于行政执法案卷/自然人`)!), '');
  });

  test('an unknown key in a row: the row label', () => {
    marked(`${T4}/行政复议#label`, 'error', /结果维护/);
  });

  test('a missing section: a placeholder marked with the missing-key finding', () => {
    const el = marked('其他需要报告的事项#missing', 'error', /报告缺少「六、其他需要报告的事项」/);
    assert.equal(textOf(el), '（缺少本部分）');
    assert.equal(el.tag, 'p');
  });

  test('a section that says only 无: its heading carries empty-section', () => {
    marked('存在的主要问题及改进情况', 'warning', /只写了「无」/);
    assert.equal(textOf(paths.get('存在的主要问题及改进情况/1')!), '无');
  });

  test('every finding is shown somewhere', () => {
    const titles = elements(doc).map((el) => el.attrs['title'] ?? '');
    for (const f of findings)
      assert.ok(
        titles.some((t) => t.split('\n').includes(f.message)),
        `${f.code}: ${f.message}`,
      );
    const errors = elements(doc).filter((el) => hasClass(el, 'severity-error')).length;
    assert.ok(errors >= 6);
  });

  test('without findings passed in (a clean export), nothing is marked; the missing parts are still shown as missing', () => {
    const plain = parseHtml(renderHtml(text, { standalone: true }));
    assert.deepEqual(
      elements(plain)
        .filter((el) => hasClass(el, 'has-finding'))
        .map((el) => el.attrs['data-path']),
      [],
    );
    const paths = elements(plain).map((el) => el.attrs['data-path']);
    for (const missing of [
      `${T3}/本年度办理结果/不予公开/属于国家秘密/社会公益组织`,
      `${T3}/本年度办理结果/不予公开/属于行政执法案卷#label`,
      '其他需要报告的事项#missing',
    ]) {
      assert.ok(paths.includes(missing), missing);
    }
  });

  test('a suppressed missing-key leaves its placeholder unmarked', () => {
    const suppressed = `# xxgk-disable missing-key\n${text}`;
    const doc = parseHtml(renderHtml(suppressed, { standalone: true, findings: checkText(suppressed).findings }));
    assert.equal(
      elements(doc)
        .find((el) => el.attrs['data-path'] === '其他需要报告的事项#missing')
        ?.attrs['class']?.includes('has-finding'),
      false,
    );
  });
});

describe('render: optional parts and the two-step API', () => {
  const text =
    replaceOnce(XICHENG, '年度: 2023\n', '年度: 2023\n标题: 北京市西城区民政局2023年度政府信息公开工作报告\n') +
    '落款:\n  机关: 北京市西城区民政局\n  日期: 2024-01-20\n';

  test('标题 replaces the default title; 落款 is printed at the end with a Chinese date', () => {
    const { doc, paths } = render(text);
    assert.equal(
      textOf(elements(doc).find((el) => el.tag === 'h1')!),
      '北京市西城区民政局2023年度政府信息公开工作报告',
    );
    assert.equal(textOf(paths.get('落款/机关')!), '北京市西城区民政局');
    assert.equal(textOf(paths.get('落款/日期')!), '2024年1月20日');
    const article = elements(doc).find((el) => el.tag === 'article')!;
    const last = article.children[article.children.length - 1] as HtmlElement;
    assert.ok(hasClass(last, 'signature'));
  });

  test('renderReport + htmlDocument is renderHtml', () => {
    const { findings, report } = checkText(text);
    const options = { standalone: false, nonce: 'abc', cspSource: 'vscode-resource:' };
    assert.equal(htmlDocument(renderReport(report!, findings), options), renderHtml(text, { ...options, findings }));
    const body = renderReport(parseReport(text)).body;
    assert.match(body, /^<article class="xxgk-report">/);
    assert.doesNotMatch(body, /<html|<style/);
  });
});
