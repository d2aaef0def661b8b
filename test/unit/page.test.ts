import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlDocument } from '../../server/src/core/render/page';

test('the preview page: CSP with nonce and webview source, script by nonce, state escaped in an attribute', () => {
  const state = JSON.stringify({ uri: 'file:///a"><script>alert(1)</script>.xxgk.yaml', line: 3 });
  const html = htmlDocument(
    { title: '<标题>', body: '<main id="xxgk-root"></main>' },
    {
      standalone: false,
      nonce: 'abc123',
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      scriptUri: 'https://x/media/preview.js',
      bodyAttributes: { 'data-state': state, 'on click': 'x' },
    },
  );
  assert.match(html, /script-src 'nonce-abc123'/);
  assert.match(html, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'nonce-abc123'/);
  assert.match(html, /<script nonce="abc123" src="https:\/\/x\/media\/preview\.js"><\/script>/);
  assert.equal((html.match(/<script/g) ?? []).length, 1, 'only the nonce script');
  assert.match(html, /data-state="\{&quot;uri&quot;:&quot;file:\/\/\/a\\&quot;&gt;&lt;script&gt;/);
  assert.doesNotMatch(html, /on click/, 'attribute names are not taken as given unless plain');
  assert.match(html, /<title>&lt;标题&gt;<\/title>/);
});

test('the standalone page allows no script at all', () => {
  const html = htmlDocument({ title: 't', body: '' }, { standalone: true, scriptUri: 'https://x/s.js', nonce: 'n' });
  assert.doesNotMatch(html, /<script/);
});
