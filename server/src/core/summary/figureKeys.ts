// The key figures of a report in a summary: their identifiers and headings.
// No engine here: the VS Code client shows the summary table with these alone.

/** The figures, by identifier, in the order the summary shows them. */
export const FIGURE_KEYS = [
  'received',
  'carriedIn',
  'outcomesTotal',
  'carriedOut',
  'review',
  'lawsuits',
  'licensing',
  'penalties',
] as const;

export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Column headings of the figures, as the tables name them. */
export const FIGURE_LABELS: Record<FigureKey, string> = {
  received: '本年新收',
  carriedIn: '上年结转',
  outcomesTotal: '办理结果总计',
  carriedOut: '结转下年度',
  review: '行政复议',
  lawsuits: '行政诉讼',
  licensing: '行政许可',
  penalties: '行政处罚',
};

/** A figure is undefined where the report leaves it blank, missing or not a count. */
export type Figures = Record<FigureKey, number | undefined>;

export interface ReportFigures {
  agency?: string;
  year?: number;
  figures: Figures;
}
