// The importer's bounds: a .docx's inflated size and paragraph count, an
// HTML page's nesting, a text's lines. Past a bound: one Chinese ImportError,
// fast and in bounded memory; within it (the twins), the import goes on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importText } from '../../server/src/core/import';
import { MAX_DOCX_PARAGRAPHS, MAX_HTML_DEPTH, MAX_TEXT_LINES } from '../../server/src/core/import/bounds';
import { ImportError } from '../../server/src/core/import/errors';
import { importDocx, importHtml } from '../../server/src/core/import/formats';
import { templateWith } from './helpers/docxTemplate';

async function refused(run: () => Promise<unknown>, message: RegExp, limitMs: number): Promise<void> {
  const started = performance.now();
  await assert.rejects(run, (e: unknown) => e instanceof ImportError && message.test(e.message));
  assert.ok(performance.now() - started < limitMs, `${performance.now() - started} ms`);
}

test('a .docx of 1.5 million paragraphs is refused in seconds; one with 2,000 extra paragraphs is imported', async () => {
  const before = process.memoryUsage().rss;
  const huge = await templateWith({ paragraphs: 1_500_000 });
  await refused(() => importDocx(huge), /段落超过/, 20_000);
  assert.ok(process.memoryUsage().rss - before < 1e9);
  const justOver = await templateWith({ paragraphs: MAX_DOCX_PARAGRAPHS + 1 });
  await refused(() => importDocx(justOver), /段落超过/, 20_000);
  const fine = await importDocx(await templateWith({ paragraphs: 2000 }));
  assert.ok(fine.yaml.length > 0);
});

test('a zip bomb in a .docx, in a media part or in document.xml itself, is refused before it is inflated whole', async () => {
  const bomb = Buffer.alloc(80 * 1024 * 1024);
  const before = process.memoryUsage().rss;
  const inMedia = await templateWith({ entries: [['word/media/image9.png', bomb]] });
  await refused(() => importDocx(inMedia), /解压后超过/, 20_000);
  const inDocument = await templateWith({ documentTail: bomb });
  await refused(() => importDocx(inDocument), /解压后超过/, 20_000);
  assert.ok(process.memoryUsage().rss - before < 1.5e9);
});

test('HTML nested 5,000 deep is refused; 200 deep (and unclosed <p> and <li> by the thousand) is imported', () => {
  const body = '一、总体情况<p>正文</p>二、主动公开政府信息情况';
  for (const [open, close] of [
    ['<div>', '</div>'],
    ['<table><tr><td>', '</td></tr></table>'],
  ]) {
    assert.throws(
      () => importHtml(`<html><body>${open!.repeat(5000)}${body}${close!.repeat(5000)}</body></html>`),
      (e: unknown) => e instanceof ImportError && /嵌套超过/.test(e.message),
    );
  }
  const deep = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 56)}${body}${'</div>'.repeat(MAX_HTML_DEPTH - 56)}</body></html>`;
  const unclosed = `<html><body>${'<p>段'.repeat(3000)}<ul>${'<li>项'.repeat(3000)}</ul>${body}</body></html>`;
  for (const html of [deep, unclosed]) {
    try {
      importHtml(html);
    } catch (error) {
      assert.ok(error instanceof ImportError, String(error));
      assert.doesNotMatch(error.message, /嵌套超过/);
    }
  }
});

test('130,000 short lines of text are refused with a message, not a stack overflow; 40,000 are read', () => {
  const heading = '一、总体情况\n';
  assert.throws(
    () => importText(heading + '一\n'.repeat(130_000)),
    (e: unknown) => e instanceof ImportError && /超过 50000 行/.test(e.message),
  );
  assert.throws(
    () => importText(heading + 'x\r\n'.repeat(MAX_TEXT_LINES)),
    (e: unknown) => e instanceof ImportError,
  );
  const started = performance.now();
  const result = importText(heading + '一段正文。\n'.repeat(40_000));
  assert.ok(result.yaml.includes('总体情况'));
  assert.ok(performance.now() - started < 20_000);
});
