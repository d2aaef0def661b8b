// Generated hostile reports for the soak test: each shape of attack and
// carelessness of issue 14, at a size drawn from a seeded generator, spliced
// into the example report at a place drawn likewise. Deterministic: the same
// seed gives the same documents, so a failure can be reproduced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLE = readFileSync(join(__dirname, '../../../examples/2023-西城区民政局.xxgk.yaml'), 'utf8');

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Shape = (n: number) => string;

/** What each shape writes after a key, or as lines; `n` scales it. */
const SHAPES: Record<string, Shape> = {
  flowNesting: (n) => `x: ${'['.repeat(n * 40)}${']'.repeat(n * 40)}`,
  unclosedNesting: (n) => `x: ${'{a: '.repeat(n * 30)}`,
  blockNesting: (n) => `x:\n${Array.from({ length: n * 10 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}1`,
  dashNesting: (n) => `x: \n  ${'- '.repeat(n * 30)}1`,
  manyKeys: (n) => `附加:\n${Array.from({ length: n * 300 }, (_, i) => `  k${i}: ${i}`).join('\n')}`,
  duplicateKeys: (n) => `附加:\n${Array.from({ length: n * 100 }, (_, i) => `  k${i % 7}: 1`).join('\n')}`,
  suppressions: (n) => '# xxgk-disable-next-line row-total, balance\n'.repeat(n * 200).trimEnd(),
  flowItems: (n) => `x: [${'1,'.repeat(n * 5000)}1]`,
  hugeCount: (n) => `行政许可: ${'9'.repeat(n * 8)}`,
  controlChars: (n) => `"\\e[2J\\0\\x07${'\\e[31m'.repeat(n)}": 1`,
  bidiAndSurrogates: (n) => `"\\u202e${'\\ud800'.repeat(n)}\\ufffe": 1`,
  tabs: (n) => `\t`.repeat(n) + 'x: 1',
  aliasBomb: (n) => {
    const lines = ['a0: &a0 [x, x, x, x, x]'];
    for (let i = 1; i <= Math.min(9, n); i++)
      lines.push(
        `a${i}: &a${i} [${Array(6)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  },
  longLine: (n) => `x: ${'字'.repeat(n * 20_000)}`,
  tags: (n) => Array.from({ length: n }, (_, i) => `t${i}: !custom${i} 1`).join('\n'),
  multiDocument: (n) => '---\n机关: 另一局\n'.repeat(n),
  markdownKey: () => `"**粗**<img src=x onerror=alert(1)>[a](javascript:x)": 1`,
  garbage: (n) => Array.from({ length: n * 50 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
};

export const SHAPE_NAMES = Object.keys(SHAPES);

export interface HostileReport {
  name: string;
  shape: string;
  text: string;
}

/** `count` hostile reports: the shapes in turn, each at a random size and place. */
export function hostileReports(count: number, seed = 14): HostileReport[] {
  const random = seeded(seed);
  const lines = EXAMPLE.split('\n');
  // Places between top-level entries: before a line that starts a key at column 0.
  const places = lines.map((l, i) => (/^[^\s#]/.test(l) ? i : -1)).filter((i) => i > 0);
  return Array.from({ length: count }, (_, i) => {
    const shape = SHAPE_NAMES[i % SHAPE_NAMES.length]!;
    const n = 1 + Math.floor(random() * 10);
    const at = places[Math.floor(random() * places.length)]!;
    const text = [...lines.slice(0, at), SHAPES[shape]!(n), ...lines.slice(at)].join(random() < 0.2 ? '\r\n' : '\n');
    return {
      name: `${String(i).padStart(2, '0')}-${shape}.xxgk.yaml`,
      shape,
      text: random() < 0.1 ? `\ufeff${text}` : text,
    };
  });
}
