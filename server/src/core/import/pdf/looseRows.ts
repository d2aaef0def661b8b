// A table printed without rules: a line whose pieces stand far apart, one of
// them a number, is a row; its pieces are its cells. (A printed blank cannot
// be told from a missing one there: the row's numbers are read in order.)
import { TextLine } from './lines';
import { sizeOf } from './page';

const NUMBER = /^[\d０-９]+$/;

/** The line as `| cell | cell |` where it is a row of a table without rules, else undefined. */
export function looseRow(line: TextLine): string | undefined {
  const cells: string[] = [];
  let current = '';
  let prevX1 = -Infinity;
  for (const t of line.texts) {
    if (current && t.x0 - prevX1 > 1.5 * sizeOf(t)) {
      cells.push(current);
      current = '';
    }
    current += t.text.trim();
    prevX1 = t.x1;
  }
  if (current) cells.push(current);
  if (cells.length < 2 || !cells.some((c) => NUMBER.test(c))) return undefined;
  return `| ${cells.join(' | ')} |`;
}
