// The rules a page draws, from pdf.js's operator list (platform/pdfjs/pathRules.ts):
// stroked segments and rectangle edges, thin filled rectangles as their centre
// line, the transformation matrix followed through save/restore and forms; a
// shaded area or a curve is no rule. The operator codes are pdf.js's own.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { pathRules } from '../../server/src/platform/pdfjs/pathRules';
import { operatorCodes } from '../../server/src/platform/pdfjs/readPdf';

let OPS: Record<string, number> = {};

/** An operator list from [name, args] pairs. */
function ops(list: [string, unknown][]): [number[], unknown[]] {
  return [list.map(([name]) => OPS[name]!), list.map(([, args]) => args)];
}

describe('PDF rules from the operator list', () => {
  before(async () => {
    OPS = await operatorCodes();
  });

  test('a stroked line and a stroked rectangle: axis-aligned segments; a slanted line is none', () => {
    const [fn, args] = ops([
      ['constructPath', [[OPS.moveTo, OPS.lineTo], [10, 20, 110, 20], null]],
      ['stroke', null],
      ['constructPath', [[OPS.rectangle], [0, 0, 50, 30], null]],
      ['stroke', null],
      ['constructPath', [[OPS.moveTo, OPS.lineTo], [0, 0, 40, 40], null]],
      ['stroke', null],
    ]);
    assert.deepEqual(pathRules(fn, args, OPS), [
      { x0: 10, x1: 110, y0: 20, y1: 20 },
      { x0: 0, x1: 50, y0: 0, y1: 0 },
      { x0: 50, x1: 50, y0: 0, y1: 30 },
      { x0: 0, x1: 50, y0: 30, y1: 30 },
      { x0: 0, x1: 0, y0: 0, y1: 30 },
    ]);
  });

  test('thin filled rectangles (Chromium, Word) are rules along their middle; a shaded cell is not', () => {
    const [fn, args] = ops([
      ['constructPath', [[OPS.rectangle], [0, 100, 200, 1], null]],
      ['fill', null],
      ['constructPath', [[OPS.rectangle], [0, 0, 200, 80], null]],
      ['fill', null],
    ]);
    assert.deepEqual(pathRules(fn, args, OPS), [{ x0: 0, x1: 200, y0: 100.5, y1: 100.5 }]);
  });

  test('the matrix: a `cm` inside save/restore applies to what is drawn there only; a path ended unpainted is none', () => {
    const [fn, args] = ops([
      ['save', null],
      ['transform', [2, 0, 0, 2, 10, 10]],
      ['constructPath', [[OPS.moveTo, OPS.lineTo], [0, 0, 10, 0], null]],
      ['stroke', null],
      ['restore', null],
      ['constructPath', [[OPS.moveTo, OPS.lineTo], [0, 5, 10, 5], null]],
      ['endPath', null],
      ['paintFormXObjectBegin', [[1, 0, 0, 1, 100, 0], null]],
      ['constructPath', [[OPS.moveTo, OPS.lineTo], [0, 0, 0, 10], null]],
      ['stroke', null],
      ['paintFormXObjectEnd', null],
    ]);
    assert.deepEqual(pathRules(fn, args, OPS), [
      { x0: 10, x1: 30, y0: 10, y1: 10 },
      { x0: 100, x1: 100, y0: 0, y1: 10 },
    ]);
  });
});
