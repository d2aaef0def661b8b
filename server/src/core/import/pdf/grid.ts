// Tables from the rules drawn on a page: rules that touch form a grid; its
// column edges are the x of its vertical rules and its row edges the y of its
// horizontal ones. Where a rule is missing between two slots of the grid,
// they are one merged cell (colspan, rowspan) — as in the source document.
import { MAX_PAGE_RULES } from './bounds';
import { PdfRule } from './page';

/** Rules closer than this (points) are the same edge; a rule ending this near another touches it. */
const TOLERANCE = 2;

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** Column edges, left to right, and row edges, top to bottom (page points). */
  xs: number[];
  ys: number[];
  /** Each slot's cell: cells[row][col]. */
  cells: GridCell[][];
}

class Sets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function touches(h: PdfRule, v: PdfRule): boolean {
  return v.x0 >= h.x0 - TOLERANCE && v.x0 <= h.x1 + TOLERANCE && h.y0 >= v.y0 - TOLERANCE && h.y0 <= v.y1 + TOLERANCE;
}

/** Sorted distinct values, those within the tolerance merged (their mean). */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= TOLERANCE) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function covered(rules: PdfRule[], vertical: boolean, at: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  return rules.some((r) =>
    vertical
      ? Math.abs(r.x0 - at) <= TOLERANCE && r.y0 <= mid && r.y1 >= mid
      : Math.abs(r.y0 - at) <= TOLERANCE && r.x0 <= mid && r.x1 >= mid,
  );
}

function gridOf(hs: PdfRule[], vs: PdfRule[]): Grid | undefined {
  const xs = edges(vs.map((v) => v.x0));
  // A table cut by a page break may have no rule along the cut: its columns' rules still end there.
  const cut = [Math.min(...vs.map((v) => v.y0)), Math.max(...vs.map((v) => v.y1))];
  const ys = edges([...hs.map((h) => h.y0), ...cut]);
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const slots = new Sets(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vs, true, xs[c + 1]!, ys[r]!, ys[r + 1]!))
        slots.union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(hs, false, ys[r + 1]!, xs[c]!, xs[c + 1]!))
        slots.union(r * cols + c, (r + 1) * cols + c);
    }
  const byRoot = new Map<number, GridCell>();
  const cells: GridCell[][] = [];
  for (let r = 0; r < rows; r++) {
    cells.push([]);
    for (let c = 0; c < cols; c++) {
      const root = slots.find(r * cols + c);
      let cell = byRoot.get(root);
      if (!cell) byRoot.set(root, (cell = { row: r, col: c, rowSpan: 1, colSpan: 1 }));
      cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1);
      cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1);
      cells[r]!.push(cell);
    }
  }
  return { xs, ys, cells };
}

/** The tables a page's rules draw: groups of touching rules with at least two edges each way. */
export function findGrids(rules: readonly PdfRule[]): Grid[] {
  if (rules.length > MAX_PAGE_RULES) return [];
  const hs = rules.filter((r) => r.y0 === r.y1);
  const vs = rules.filter((r) => r.x0 === r.x1);
  const sets = new Sets(hs.length + vs.length);
  hs.forEach((h, i) => vs.forEach((v, j) => touches(h, v) && sets.union(i, hs.length + j)));
  // Rules that continue one another (a border drawn cell by cell) are one group too.
  hs.forEach((a, i) =>
    hs.forEach((b, j) => {
      if (j > i && Math.abs(a.y0 - b.y0) <= TOLERANCE && a.x0 <= b.x1 + TOLERANCE && b.x0 <= a.x1 + TOLERANCE)
        sets.union(i, j);
    }),
  );
  vs.forEach((a, i) =>
    vs.forEach((b, j) => {
      if (j > i && Math.abs(a.x0 - b.x0) <= TOLERANCE && a.y0 <= b.y1 + TOLERANCE && b.y0 <= a.y1 + TOLERANCE)
        sets.union(hs.length + i, hs.length + j);
    }),
  );
  const groups = new Map<number, { hs: PdfRule[]; vs: PdfRule[] }>();
  const group = (i: number): { hs: PdfRule[]; vs: PdfRule[] } => {
    const root = sets.find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { hs: [], vs: [] }));
    return g;
  };
  hs.forEach((h, i) => group(i).hs.push(h));
  vs.forEach((v, j) => group(hs.length + j).vs.push(v));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.hs.length < 2 || g.vs.length < 2) continue;
    const grid = gridOf(g.hs, g.vs);
    if (grid && grid.xs.length >= 3) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}
