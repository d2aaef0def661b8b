// Settings over the protocol: xxgk.severity is pulled with
// workspace/configuration at start and on didChangeConfiguration, and the
// diagnostics are republished; bad entries are ignored with a warning.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { LspClient, useLspClient } from './lspClient';
import { exampleText, uriOf } from './texts';

describe('settings', () => {
  let client: LspClient;
  const uri = uriOf('settings.xxgk.yaml');

  useLspClient((c) => (client = c), { severity: { 'blank-cell': 'error' }, trace: { server: 'verbose' } });

  test('the server registers for configuration changes', async () => {
    await client.open(uriOf('settings-first.xxgk.yaml'), '');
    assert.ok(client.registrations.includes('workspace/didChangeConfiguration'));
  });

  test('the severity pulled at start applies from the first diagnostics', async () => {
    const published = await client.open(uri, exampleText());
    assert.equal(published.diagnostics.length, 7);
    for (const d of published.diagnostics) assert.equal(d.severity, DiagnosticSeverity.Error);
  });

  test('changing a severity to off republishes without that check', async () => {
    const republished = client.nextDiagnostics(uri);
    await client.changeSettings({ severity: { 'blank-cell': 'off' } });
    assert.deepEqual((await republished).diagnostics, []);
  });

  test('information is honoured', async () => {
    const republished = client.nextDiagnostics(uri);
    await client.changeSettings({ severity: { 'blank-cell': 'information' } });
    const diagnostics = (await republished).diagnostics;
    assert.equal(diagnostics.length, 7);
    for (const d of diagnostics) assert.equal(d.severity, DiagnosticSeverity.Information);
  });

  test('unknown codes and levels are ignored with a warning; the defaults stand', async () => {
    const republished = client.nextDiagnostics(uri);
    await client.changeSettings({ severity: { 'no-such-check': 'off', 'blank-cell': 'loud' } });
    const diagnostics = (await republished).diagnostics;
    assert.equal(diagnostics.length, 7);
    for (const d of diagnostics) assert.equal(d.severity, DiagnosticSeverity.Warning);
    assert.ok(client.logs.some((m) => m.includes('no-such-check')));
    assert.ok(client.logs.some((m) => m.includes('loud')));
  });

  test('a settings section of the wrong shape does not break anything', async () => {
    const republished = client.nextDiagnostics(uri);
    await client.changeSettings({ severity: 'off' } as unknown as Record<string, unknown>);
    assert.equal((await republished).diagnostics.length, 7);
  });
});
