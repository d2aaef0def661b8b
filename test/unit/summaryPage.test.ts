// The summary view's page (client/src/summary/summaryPage.ts) around the
// table the server renders (core/summary/html.ts): every text is escaped, the
// only script is the extension's own with the page's nonce, and rows carry
// their index in the order of the table, for the click to open.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summaryPage } from '../../client/src/summary/summaryPage';
import { checkText } from '../../server/src/core/engine';
import { reportFigures } from '../../server/src/core/summary/figures';
import { summaryGrid } from '../../server/src/core/summary/grid';
import { summaryTableHtml } from '../../server/src/core/summary/html';
import { checkedReport, SummaryInput, summaryTable } from '../../server/src/core/summary/summaryTable';
import { withAgency, XICHENG } from './helpers/summaryFixtures';

const TEXT = { title: 'T', filter: 'F "x"', exportXlsx: 'X', exportCsv: 'C', refresh: 'R', shown: '{0}/{1}' };

function row(file: string, text: string): SummaryInput {
  const { findings, report } = checkText(text);
  return checkedReport(file, findings, reportFigures(report!.root), 'utf-8');
}

test('the summary page escapes every text and runs only its own script', () => {
  const hostile = withAgency(XICHENG, '"<img src=x onerror=alert(1)><script>alert(2)</script>"');
  const grid = summaryGrid(summaryTable([row('a.xxgk.yaml', XICHENG), row('<b onclick=x>.xxgk.yaml', hostile)]));
  const html = summaryPage(
    summaryTableHtml(grid),
    TEXT,
    'abc123',
    'https://webview.example',
    'https://webview.example/media/summary.js',
  );
  assert.equal((html.match(/<script/g) ?? []).length, 1);
  assert.match(html, /<script nonce="abc123" src="https:\/\/webview\.example\/media\/summary\.js"><\/script>/);
  assert.ok(!/<img|<b |onclick=x>|onerror=alert\(1\)>/.test(html));
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;&lt;script&gt;/);
  assert.match(html, /placeholder="F &quot;x&quot;"/);
  assert.match(html, /script-src 'nonce-abc123' https:\/\/webview\.example;/);
  assert.deepEqual(
    [...html.matchAll(/<tr data-index="(\d+)"/g)].map((m) => m[1]),
    ['0', '1'],
  );
  assert.match(html, /<td class="n" data-value="54">54<\/td>/);
  assert.match(html, /<tfoot><tr><td>合计（2 份报告）<\/td>/);
});
