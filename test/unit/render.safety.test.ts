// The renderer with hostile or broken input: report text is always escaped,
// the document loads nothing remote and runs no script but the nonce'd one,
// and nothing a file can hold makes the renderer throw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkText } from '../../server/src/core/engine';
import { contentSecurityPolicy, renderHtml } from '../../server/src/core/render';
import { elements, HtmlElement, parseHtml, textOf } from './helpers/miniHtml';

const ROOT = resolve(__dirname, '../..');
const XICHENG = readFileSync(join(ROOT, 'examples/2023-西城区民政局.xxgk.yaml'), 'utf8');

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点我</a>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '&lt;script&gt; &amp; </p></td></table>',
];

/** The 西城 report with every payload in the prose, the title, a cell, a key and a comment. */
function hostileReport(): string {
  const prose = PAYLOADS.map((p) => `  ${p}`).join('\n');
  return XICHENG.replace(
    '机关: 北京市西城区民政局',
    `机关: '<script>alert("机关")</script>'\n标题: '<img src=x onerror=alert(2)>'`,
  )
    .replace(/^总体情况: \|\n/m, `总体情况: |\n${prose}\n`)
    .replace('行政许可: 54', '行政许可: "<script>alert(3)</script>"')
    .replace('行政处罚: 6', 'javascript:alert(4): 6\n    行政处罚: 6')
    .replace(/^其他需要报告的事项: \|\n/m, `其他需要报告的事项: |\n  <style>body{display:none}</style>\n`);
}

/** What no rendered document may hold, whatever the file. */
function assertInert(html: string, options: { scriptSrc?: string } = {}): HtmlElement {
  const doc = parseHtml(html);
  const all = elements(doc);
  const scripts = all.filter((el) => el.tag === 'script');
  if (options.scriptSrc) {
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]!.attrs['src'], options.scriptSrc);
  } else {
    assert.equal(scripts.length, 0, 'no script element');
    assert.doesNotMatch(html, /<script/i);
  }
  assert.equal(all.filter((el) => el.tag === 'style').length, 1, 'one style element: ours');
  for (const el of all) {
    assert.ok(
      !['img', 'a', 'iframe', 'svg', 'object', 'embed', 'link', 'form', 'base'].includes(el.tag),
      `no <${el.tag}>`,
    );
    for (const [name, value] of Object.entries(el.attrs)) {
      assert.ok(!name.startsWith('on'), `no event handler ${name}`);
      if (name === 'href' || (name === 'src' && el.tag !== 'script')) assert.fail(`no ${name} attribute: ${value}`);
    }
  }
  assert.doesNotMatch(html, /<img|<a\s|<iframe|<svg|onerror=alert\(1\)>|href="javascript:/i);
  return doc;
}

describe('render: escaping', () => {
  const text = hostileReport();
  const findings = checkText(text).findings;
  const html = renderHtml(text, { standalone: true, findings });

  test('payloads in prose, title, cells and keys come out as text', () => {
    const doc = assertInert(html);
    const paragraphs = elements(doc).filter((el) => el.attrs['data-path']?.startsWith('总体情况/'));
    for (const payload of PAYLOADS) {
      assert.ok(
        paragraphs.some((p) => textOf(p) === payload),
        `paragraph shows ${payload}`,
      );
    }
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('&lt;a href=&quot;javascript:alert(1)&quot;&gt;'));
    assert.ok(html.includes('&amp;lt;script&amp;gt; &amp;amp; &lt;/p&gt;&lt;/td&gt;&lt;/table&gt;'));
    const h1 = elements(doc).find((el) => el.tag === 'h1')!;
    assert.equal(textOf(h1), '<img src=x onerror=alert(2)>');
    const cell = elements(doc).find(
      (el) => el.attrs['data-path'] === '主动公开政府信息情况/第二十条第（五）项/行政许可',
    )!;
    assert.equal(textOf(cell), '"<script>alert(3)</script>"');
    assert.match(cell.attrs['title'] ?? '', /非负整数/);
  });

  test('finding messages quoting hostile keys are escaped in the title attribute', () => {
    const unknown = findings.find((f) => f.code === 'unknown-key');
    assert.ok(unknown && unknown.message.includes('javascript:alert(4)'));
    const doc = assertInert(html);
    const holder = elements(doc).find((el) => (el.attrs['title'] ?? '').includes('javascript:alert(4)'));
    assert.ok(holder, 'the unknown key is shown on its group');
    assert.equal(holder.attrs['data-path'], '主动公开政府信息情况/第二十条第（六）项#label');
  });

  test('the <title> of the document is escaped too', () => {
    assert.match(html, /<title>&lt;img src=x onerror=alert\(2\)&gt;<\/title>/);
  });
});

describe('render: Content-Security-Policy', () => {
  test('standalone: no script at all, inline styles only, nothing remote', () => {
    const html = renderHtml(XICHENG, { standalone: true });
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`,
      ),
    );
    assertInert(html);
    assert.doesNotMatch(html, /<link|@import|url\(/);
  });

  test('webview with a nonce: the policy of the brief, nonce on style and script', () => {
    const html = renderHtml(XICHENG, {
      standalone: false,
      nonce: 'bm9uY2UxMjM0NTY3ODkw',
      cspSource: 'https://*.vscode-cdn.net',
      scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js',
    });
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src https://*.vscode-cdn.net 'nonce-bm9uY2UxMjM0NTY3ODkw'; script-src 'nonce-bm9uY2UxMjM0NTY3ODkw'; img-src https://*.vscode-cdn.net data:;">`,
      ),
    );
    assert.ok(html.includes('<style nonce="bm9uY2UxMjM0NTY3ODkw">'));
    assert.ok(
      html.includes(
        '<script nonce="bm9uY2UxMjM0NTY3ODkw" src="https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js"></script>',
      ),
    );
    assert.ok(html.includes('<body class="xxgk-webview">'));
    assertInert(html, { scriptSrc: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/preview.js' });
  });

  test('no script without a nonce, and none in a standalone file', () => {
    assert.doesNotMatch(renderHtml(XICHENG, { standalone: false, scriptUri: 'x.js' }), /<script/);
    assert.doesNotMatch(renderHtml(XICHENG, { standalone: true, nonce: 'abc', scriptUri: 'x.js' }), /<script/);
  });

  test('a hostile nonce or source cannot break out of the policy', () => {
    const csp = contentSecurityPolicy({
      standalone: false,
      nonce: `a'; script-src *; "><script>`,
      cspSource: `x; script-src 'unsafe-inline'`,
    });
    // Quotes and ';' are dropped: what is left are host names, never a keyword or a new directive.
    assert.equal(
      csp,
      `default-src 'none'; style-src x script-src unsafe-inline 'nonce-ascript-srcscript'; script-src 'nonce-ascript-srcscript'; img-src x script-src unsafe-inline data:;`,
    );
    const html = renderHtml('', { standalone: false, nonce: `"><script>alert(1)</script>` });
    assertInert(html);
  });
});

describe('render: never throws, renders what it can', () => {
  const cases: Record<string, string> = {
    'empty file': '',
    'a scalar': 'hello',
    'a list': '- a\n- b\n',
    'invalid YAML': '机关: 某局\n年度: 2023\n总体情况: |\n  第一段\n主动公开政府信息情况:\n  第二十条第（一）项: [\n',
    'tabs and junk': '\t机关:: [}\n\u0000\u0001',
    'deep nesting': '['.repeat(5000) + ']'.repeat(5000),
    'alias bomb': 'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n总体情况: *c\n',
    'tagged value': '机关: !!str 某局\n年度: !custom 2023\n',
    'two documents': '机关: 某局\n---\n机关: 别局\n',
    'wrong kinds':
      '机关: [1]\n年度: {a: 1}\n总体情况: {a: b}\n主动公开政府信息情况: 无\n收到和处理政府信息公开申请情况: [1, 2]\n政府信息公开行政复议、行政诉讼情况:\n  行政复议: 3\n',
    'BOM and CRLF': '\uFEFF' + XICHENG.replace(/\n/g, '\r\n'),
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      const findings = checkText(text).findings;
      const html = renderHtml(text, { standalone: true, findings });
      const doc = assertInert(html);
      const headings = elements(doc).filter((el) => el.tag === 'h2');
      assert.equal(headings.length, 6, 'all six sections are shown');
      assert.equal(elements(doc).filter((el) => el.tag === 'h1').length, 1);
    });
  }

  test('invalid YAML still shows the part that parses', () => {
    const html = renderHtml(cases['invalid YAML']!, { standalone: true });
    const doc = parseHtml(html);
    assert.equal(textOf(elements(doc).find((el) => el.tag === 'h1')!), '某局2023年政府信息公开工作年度报告');
    assert.equal(textOf(elements(doc).find((el) => el.attrs['data-path'] === '总体情况/1')!), '第一段');
  });

  test('BOM and CRLF: same paragraphs and lines as the plain file', () => {
    const strip = (html: string): string => html.replace(/\r/g, '');
    assert.equal(
      strip(renderHtml(cases['BOM and CRLF']!, { standalone: true })),
      strip(renderHtml(XICHENG, { standalone: true })),
    );
  });

  test('any text renders to an inert document (property)', () => {
    const pieces = fc.constantFrom(
      '机关: ',
      '年度: 2023',
      '总体情况: |',
      '  ',
      '\n',
      ': ',
      '{',
      '}',
      '[',
      ']',
      '<script>',
      '"',
      "'",
      '&',
      '#',
      '- ',
      '收到和处理政府信息公开申请情况:',
      '本年度办理结果:',
      '自然人: ',
      '总计: ',
      '*a',
      '&a ',
      '!!str ',
      '---',
      '\t',
      '\r\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const html = renderHtml(text, { standalone: true, findings: checkText(text).findings });
        assertInert(html);
      }),
      { numRuns: 150 },
    );
  });
});
