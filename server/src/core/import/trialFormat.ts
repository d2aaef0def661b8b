// Table 二 in the columns of the 2019 trial format, converted to the 2021
// format where a column maps one-to-one, as the old-format quick fix does.
import { Anchor, foldLabel, RowSpec } from './labels';
import { Match } from './labelChain';
import { CellOut, RowOut, TableOut } from './tableOut';
import { Token } from './tokens';

/** Rows of the 2019 table 二 and which printed number (by position) is the 2021 cell, per row width. */
const DOCUMENT_ROWS = new Set(['规章', '行政规范性文件']);
const DECISION_ROWS = new Set(['行政许可', '行政处罚', '行政强制']);

/**
 * The 2021 cells of one row from the numbers printed in its 2019 columns:
 * 本年新制作数量 → 本年制发件数 (first of three), 处理决定数量 → 本年处理决定数量
 * (third of three; of six where 其他对外管理服务事项 follows 行政许可). Everything
 * else stays blank: no 2021 cell can be taken from it without a guess.
 */
function converted(key: string, width: number, printed: string[], region: string): CellOut[] | undefined {
  const blank: CellOut = { state: 'ambiguous' };
  if (DOCUMENT_ROWS.has(key) && printed.length === 3)
    return [{ state: 'value', raw: printed[0]! }, ...new Array<CellOut>(width - 1).fill(blank)];
  const decisionCount =
    printed.length === 3 || (key === '行政许可' && printed.length === 6 && /其他对外管理服务事项/.test(region));
  if (DECISION_ROWS.has(key) && decisionCount) return [{ state: 'value', raw: printed[2]! }];
  return undefined;
}

/**
 * Table 二 of the 2019 trial format (国办公开办函〔2019〕60号, report years
 * 2019–2020) has other columns (上一年项目数量, 本年增/减, 处理决定数量 …):
 * what maps one-to-one is converted, every other cell is left blank with the
 * numbers as printed in a comment.
 */
export function flagTrialFormat(
  region: string,
  chain: Match[],
  anchors: Anchor[],
  tokens: Token[],
  rows: Map<RowSpec, RowOut>,
  out: TableOut,
): void {
  const compact = foldLabel(region);
  if (!/上一年项目数量|对外公开总数量|本年新公开数量/.test(compact)) return;
  chain.forEach((m, i) => {
    const anchor = anchors[m.anchor]!;
    if (anchor.type !== 'row') return;
    const row = rows.get(anchor.spec)!;
    const end = chain[i + 1]?.startTok ?? tokens.length;
    const printed = tokens
      .slice(m.startTok, end)
      .filter((t) => t.kind === 'num')
      .map((t) => t.raw);
    const cells = converted(anchor.spec.key, row.cells.length, printed, compact);
    row.cells = cells ?? row.cells.map(() => ({ state: 'ambiguous' }));
    row.candidates = undefined;
    const was = printed.join(' / ') || '（无数字）';
    row.comment = cells
      ? `原文为2019年试行格式，已转换能一一对应的格，其余留空；此行原为：${was}`
      : `原文为2019年试行格式，列与2021年格式不同，此行原为：${was}`;
  });
  out.notes.push(
    '表二是2019年试行格式（国办公开办函〔2019〕60号）的列，已按2021年格式（国办公开办函〔2021〕30号）转换：' +
      '“本年新制作数量”记为“本年制发件数”，“处理决定数量”记为“本年处理决定数量”；其余各格在2021年格式中没有一一对应的项，留空，原文数字见各行注释，请按2021年格式填写。',
  );
}
