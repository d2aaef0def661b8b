// The straight rules a page draws (table borders), from pdf.js's operator
// list: stroked axis-aligned segments and rectangle edges, and thin filled
// rectangles (Chromium and Word draw borders as those), in page space — the
// transformation matrix is followed through save/restore, `cm` and forms.
import type { PdfRule } from '../../core/import/pdf/page';

/** pdf.js's operator codes this reader needs (pdfjs.OPS). */
type Ops = Record<string, number>;
type Matrix = [number, number, number, number, number, number];

/** Thicker than this (points), a filled rectangle is a shaded area, not a rule. */
const MAX_RULE_WIDTH = 2.5;
/** Shorter than this (points), a segment is a dot or a tick, not a border. */
const MIN_RULE_LENGTH = 2;

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function multiply(m: Matrix, n: number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

type Point = [number, number];

/** A path's pieces in page space: polylines (closed or not) and rectangles as 4-point closed polylines. */
interface SubPath {
  points: Point[];
  closed: boolean;
}

function segmentRule(a: Point, b: Point): PdfRule | undefined {
  const [x0, x1] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
  const [y0, y1] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
  if (x1 - x0 < 0.5 && y1 - y0 >= MIN_RULE_LENGTH) return { x0, x1: x0, y0, y1 };
  if (y1 - y0 < 0.5 && x1 - x0 >= MIN_RULE_LENGTH) return { x0, x1, y0, y1: y0 };
  return undefined;
}

/** A filled shape thin enough to be a rule: its centre line. */
function filledRule(points: Point[]): PdfRule | undefined {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= MAX_RULE_WIDTH && h >= MIN_RULE_LENGTH && h > w) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  if (h <= MAX_RULE_WIDTH && w >= MIN_RULE_LENGTH && w > h) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  return undefined;
}

function subPaths(pathOps: number[], coords: number[], m: Matrix, OPS: Ops): SubPath[] {
  const out: SubPath[] = [];
  let current: SubPath | undefined;
  let at = 0;
  for (const op of pathOps) {
    if (op === OPS.moveTo) {
      current = { points: [apply(m, coords[at]!, coords[at + 1]!)], closed: false };
      out.push(current);
      at += 2;
    } else if (op === OPS.lineTo) {
      const p = apply(m, coords[at]!, coords[at + 1]!);
      if (current) current.points.push(p);
      else out.push((current = { points: [p], closed: false }));
      at += 2;
    } else if (op === OPS.rectangle) {
      const [x, y, w, h] = coords.slice(at, at + 4) as [number, number, number, number];
      out.push({
        points: [apply(m, x, y), apply(m, x + w, y), apply(m, x + w, y + h), apply(m, x, y + h)],
        closed: true,
      });
      current = undefined;
      at += 4;
    } else if (op === OPS.curveTo) {
      current?.points.push(apply(m, coords[at + 4]!, coords[at + 5]!));
      at += 6;
    } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
      current?.points.push(apply(m, coords[at + 2]!, coords[at + 3]!));
      at += 4;
    } else if (op === OPS.closePath) {
      if (current) current.closed = true;
    }
  }
  return out;
}

export function pathRules(fnArray: number[], argsArray: unknown[], OPS: Ops): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  let pending: SubPath[] = [];
  const strokes = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fills = new Set([
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(m);
    else if (fn === OPS.restore) m = stack.pop() ?? m;
    else if (fn === OPS.transform) m = multiply(m, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(m);
      if (Array.isArray(args?.[0])) m = multiply(m, args[0] as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) m = stack.pop() ?? m;
    else if (fn === OPS.constructPath) pending.push(...subPaths(args![0] as number[], args![1] as number[], m, OPS));
    else if (fn === OPS.endPath) pending = [];
    else if (strokes.has(fn) || fills.has(fn)) {
      for (const path of pending) {
        if (fills.has(fn)) {
          const rule = filledRule(path.points);
          if (rule) rules.push(rule);
        }
        if (strokes.has(fn)) {
          const pts = path.closed ? [...path.points, path.points[0]!] : path.points;
          for (let k = 1; k < pts.length; k++) {
            const rule = segmentRule(pts[k - 1]!, pts[k]!);
            if (rule) rules.push(rule);
          }
        }
      }
      pending = [];
    }
  });
  return rules;
}
