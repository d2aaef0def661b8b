// Table 二 in the columns of the 2019 trial format, which do not map onto the
// 2021 format's cells.
import { Anchor, RowSpec, foldLabel } from './labels';
import { Match } from './labelChain';
import { RowOut, TableOut } from './tableOut';
import { Token } from './tokens';

/**
 * Table 二 of the 2019 trial format (国办公开办函〔2019〕60号, report years
 * 2019–2020) has other columns (上一年项目数量, 本年增/减, 处理决定数量 …): no
 * 2021 cell can be taken from it without a guess, so its rows are flagged with
 * the numbers as printed.
 */
export function flagTrialFormat(
  region: string,
  chain: Match[],
  anchors: Anchor[],
  tokens: Token[],
  rows: Map<RowSpec, RowOut>,
  out: TableOut,
): void {
  if (!/上一年项目数量|对外公开总数量|本年新公开数量/.test(foldLabel(region))) return;
  chain.forEach((m, i) => {
    const anchor = anchors[m.anchor]!;
    if (anchor.type !== 'row') return;
    const row = rows.get(anchor.spec)!;
    const end = chain[i + 1]?.startTok ?? tokens.length;
    const printed = tokens
      .slice(m.startTok, end)
      .filter((t) => t.kind === 'num')
      .map((t) => t.raw);
    row.cells = row.cells.map(() => ({ state: 'ambiguous' }));
    row.candidates = undefined;
    row.comment = `原文为2019年试行格式，列与2021年格式不同，此行原为：${printed.join(' / ') || '（无数字）'}`;
  });
  out.notes.push(
    '表二是2019年试行格式（国办公开办函〔2019〕60号）的列，与2021年格式不同：表二各格未导入，原文数字见各行注释，请按2021年格式填写。',
  );
}
