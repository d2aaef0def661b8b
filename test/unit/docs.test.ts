// docs/ explains what the code relies on; these tests keep it in step with the
// code where the two can drift apart: every statutory key's English
// identifier (docs/identifiers.md against the model's `id` fields), the
// article of the 条例 each section and category rests on (docs/statute.md
// against the model's `article`, which the hovers show), and every repository
// path the docs name.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { FormatNode, REPORT, SECTIONS } from '../../server/src/core/model';

const ROOT = resolve(__dirname, '../..');
const DOCS = join(ROOT, 'docs');

/** `key → id` of every node of the statutory tree. */
function modelPairs(): Set<string> {
  const pairs = new Set<string>();
  const walk = (node: FormatNode): void => {
    if (node.key) pairs.add(`${node.key} → ${node.id}`);
    node.children?.forEach(walk);
  };
  walk(REPORT);
  return pairs;
}

/** `key → id` of every table row of the page whose cell holds one `identifier` (the key is the cell before it). */
function documentedPairs(markdown: string): Set<string> {
  const pairs = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').map((c) => c.trim());
    cells.forEach((cell, i) => {
      const id = /^`([A-Za-z0-9]+)`$/.exec(cell)?.[1];
      if (id && i > 0 && cells[i - 1]) pairs.add(`${cells[i - 1]} → ${id}`);
    });
  }
  return pairs;
}

test('docs/identifiers.md lists every key of the model with its identifier, and nothing the model lacks', () => {
  const model = modelPairs();
  const documented = documentedPairs(readFileSync(join(DOCS, 'identifiers.md'), 'utf8'));
  assert.ok(model.size > 60, 'the model has its keys');
  assert.deepEqual(
    [...model].filter((p) => !documented.has(p)),
    [],
    'keys of the model missing from docs/identifiers.md',
  );
  assert.deepEqual(
    [...documented].filter((p) => !model.has(p)),
    [],
    'identifiers in docs/identifiers.md that the model does not have',
  );
});

test('docs/statute.md names, beside each section and category, the article the model (and so the hover) gives it', () => {
  const rows = readFileSync(join(DOCS, 'statute.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const wrong: string[] = [];
  let checked = 0;
  const walk = (node: FormatNode): void => {
    if (node.article && node.article !== '—') {
      checked++;
      const mine = rows.filter((row) => row.includes(node.key));
      if (!mine.some((row) => row.includes(node.article!)))
        wrong.push(`${node.key}: ${node.article} (rows naming it: ${mine.length})`);
    }
    node.children?.forEach(walk);
  };
  SECTIONS.forEach(walk);
  assert.ok(checked > 30, `only ${checked} articles in the model`);
  assert.deepEqual(wrong, []);
});

test('the paths the docs, the README and the changelog name in backticks or links exist in the repository', () => {
  const missing: string[] = [];
  const pages = [
    ...readdirSync(DOCS)
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
    'README.md',
    'CHANGELOG.md',
  ];
  for (const name of pages) {
    const text = readFileSync(join(ROOT, name), 'utf8');
    const named = [
      ...[
        ...text.matchAll(/`((?:server|client|test|scripts|bench|docs|schemas|syntaxes|examples|images)\/[^`\s*]+)`/g),
      ].map((m) => m[1]!),
      // Links are relative to the page; pictures too.
      ...[...text.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((m) => join(dirname(name), m[1]!)),
    ];
    // Templates such as `server/src/cli/<command>.ts` name no file.
    for (const path of named.filter((p) => !p.includes('<'))) {
      const file = resolve(ROOT, path.replace(/[.,:;]$/, ''));
      if (!existsSync(file)) missing.push(`${name}: ${path}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the README gives the one command that sets up and checks the examples, and the one that runs all tests', () => {
  const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```sh\n([^`]*)```/g)].map((m) =>
    m[1]!.trim(),
  );
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const setUp = blocks.find((b) => b.startsWith('npm ci && npm run build && '));
  assert.ok(setUp && !setUp.includes('\n'), `one line that installs, builds and runs: ${blocks.join(' | ')}`);
  assert.match(setUp, /node dist\/cli\.js lint examples\//);
  assert.ok(blocks.includes('npm test'), 'npm test on its own');
  assert.ok(manifest.scripts.build && manifest.scripts.test, 'both scripts exist');
});
