import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020';
import { buildSchema } from '../../server/src/core/schema';

const committed = JSON.parse(readFileSync('schemas/xxgk-report-2021.schema.json', 'utf8'));

test('the committed schema is the one the model generates (run `npm run schema` after changing the model)', () => {
  assert.deepEqual(committed, buildSchema());
});

test('the schema compiles in strict mode', () => {
  assert.doesNotThrow(() => new Ajv2020({ strict: true }).compile(committed));
});

test('every property has a Chinese title and description', () => {
  const missing: string[] = [];
  const walk = (schema: Record<string, unknown>, path: string): void => {
    const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) {
      if (
        !/[\u4e00-\u9fff]/.test(String(child['title'] ?? '')) ||
        !/[\u4e00-\u9fff]/.test(String(child['description'] ?? ''))
      )
        missing.push(`${path}/${key}`);
      walk(child, `${path}/${key}`);
    }
  };
  walk(committed, '');
  for (const def of Object.values(committed.$defs as Record<string, Record<string, unknown>>)) walk(def, '$defs');
  assert.deepEqual(missing, []);
});

test('additionalProperties is false on every object', () => {
  const open: string[] = [];
  const walk = (schema: unknown, path: string): void => {
    if (!schema || typeof schema !== 'object') return;
    const s = schema as Record<string, unknown>;
    if (s['type'] === 'object' && s['additionalProperties'] !== false) open.push(path);
    for (const [k, v] of Object.entries(s)) walk(v, `${path}/${k}`);
  };
  walk(committed, '#');
  assert.deepEqual(open, []);
});

test('the committed TextMate grammar is the one the model generates (run `npm run grammar` after changing the model)', async () => {
  const { buildGrammar } = await import('../../server/src/core/grammar');
  assert.deepEqual(JSON.parse(readFileSync('syntaxes/xxgk.tmLanguage.json', 'utf8')), buildGrammar());
});
