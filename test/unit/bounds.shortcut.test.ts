// boundsFinding skips the lexer pass where a cheap count shows the text is
// within every bound. The shortcut must never hide a bound the pass finds:
// texts built near the depth bound from brackets, indentation, `- ` and `? `
// marks, quotes and comments get the same answer both ways.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { boundsFinding, lexedBoundsFinding, MAX_DEPTH } from '../../server/src/core/bounds';
import { validReport } from './helpers/reports';

const piece = fc.constantFrom(
  '[',
  ']',
  '{',
  '}',
  '- ',
  '? ',
  'a: ',
  'b',
  ', ',
  '"[',
  '# {',
  '\n',
  '\n  ',
  '\n    ',
  ' ',
);

test('the shortcut gives the lexer pass its answer on texts near the depth bound', () => {
  fc.assert(
    fc.property(fc.array(piece, { minLength: MAX_DEPTH - 20, maxLength: MAX_DEPTH * 3 }), (pieces) => {
      const text = pieces.join('');
      assert.deepEqual(boundsFinding(text), lexedBoundsFinding(text), JSON.stringify(text));
    }),
    { numRuns: 2000 },
  );
});

test('deep block nesting by indentation and by dashes on one line is not taken for shallow', () => {
  const indented = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  const dashes = `${'- '.repeat(MAX_DEPTH + 1)}x`;
  for (const text of [indented, dashes]) {
    assert.ok(lexedBoundsFinding(text), 'the pass finds the bound');
    assert.deepEqual(boundsFinding(text), lexedBoundsFinding(text));
  }
});

test('an ordinary report is within the bounds either way', () => {
  const text = validReport();
  assert.equal(boundsFinding(text), undefined);
  assert.equal(lexedBoundsFinding(text), undefined);
});
