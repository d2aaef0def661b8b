// What goes into a summed report, decided one input at a time: a report with
// errors is left out (unless faulty ones are asked for), a second report of
// the same 机关 and 年度 is left out (it would be counted twice), an unreadable
// file is left out; all of them are listed. Reports of different years are
// refused as a whole: their sum means nothing.
import { reportFigures } from '../summary/figures';
import type { YNode } from '../yamlTree';
import { CellSums } from './cellSums';
import { SumInputNote, sumReportText } from './sumReport';

export interface SumOptions {
  agency?: string;
  year?: number;
  includeFaulty: boolean;
}

export type SumOutcome =
  | { ok: true; text: string; added: number; leftOut: number }
  /**
   * Nothing to write: why, in one Chinese message. `conflict`: the inputs or
   * options disagree (years), as opposed to no usable input at all.
   */
  | { ok: false; message: string; conflict: boolean };

const YEAR_UNKNOWN = '年度不明';

export class SumBatch {
  private readonly sums = new CellSums();
  private readonly added: SumInputNote[] = [];
  private readonly faulty: SumInputNote[] = [];
  private readonly duplicates: SumInputNote[] = [];
  private readonly unreadable: SumInputNote[] = [];
  /** Added files by year, and the first file of each 机关 and 年度. */
  private readonly byYear = new Map<number, string[]>();
  private readonly seen = new Map<string, string>();

  constructor(private readonly options: SumOptions) {}

  /** A report that was read and checked. */
  add(file: string, root: YNode, errors: number): void {
    const { agency, year } = reportFigures(root);
    if (errors > 0 && !this.options.includeFaulty) {
      this.faulty.push({ file, text: `有 ${errors} 个错误` });
      return;
    }
    if (agency !== undefined && year !== undefined) {
      const key = `${year}\u0000${agency}`;
      const first = this.seen.get(key);
      if (first !== undefined) {
        this.duplicates.push({ file, text: `与 ${first} 的机关和年度相同，未重复计入` });
        return;
      }
      this.seen.set(key, file);
    }
    this.sums.add(root);
    this.added.push({
      file,
      text: `${agency ?? '机关不明'}，${year ?? YEAR_UNKNOWN}${errors ? `，有 ${errors} 个错误` : ''}`,
    });
    if (year === undefined) return;
    const files = this.byYear.get(year);
    if (files) files.push(file);
    else this.byYear.set(year, [file]);
  }

  /** A file that could not be read, or is too large to read. */
  unreadableFile(file: string, reason: string): void {
    this.unreadable.push({ file, text: reason });
  }

  finish(): SumOutcome {
    const years = [...this.byYear.keys()].sort((a, b) => a - b);
    if (years.length > 1) {
      const list = years.map((y) => {
        const files = this.byYear.get(y)!;
        return `${y} 年度 ${files.length} 份（${files.slice(0, 3).join('、')}${files.length > 3 ? ' 等' : ''}）`;
      });
      return { ok: false, conflict: true, message: `输入的报告年度不同，不能相加：${list.join('；')}。` };
    }
    const wanted = this.options.year;
    if (wanted !== undefined && years.length === 1 && years[0] !== wanted)
      return { ok: false, conflict: true, message: `输入的报告是 ${years[0]} 年度，与 --year ${wanted} 不一致。` };
    const year = wanted ?? years[0];
    if (this.added.length === 0)
      return { ok: false, conflict: false, message: '没有可以相加的报告（都有错误或无法读取）。' + this.hint() };
    if (year === undefined)
      return { ok: false, conflict: true, message: '输入的报告都没有可用的年度，请用 --year 指定。' };
    const leftOut = this.faulty.length + this.duplicates.length + this.unreadable.length;
    const text = sumReportText({
      agency: this.options.agency,
      year,
      sums: this.sums,
      added: this.added,
      leftOut: [
        { reason: '有错误；加 --include-faulty 可计入', inputs: this.faulty },
        { reason: '机关和年度与前面的报告相同', inputs: this.duplicates },
        { reason: '无法读取', inputs: this.unreadable },
      ],
    });
    return { ok: true, text, added: this.added.length, leftOut };
  }

  /** The inputs left out, one line each, for stderr. */
  leftOutLines(): string[] {
    return [...this.faulty, ...this.duplicates, ...this.unreadable].map((n) => `${n.file}：${n.text}`);
  }

  private hint(): string {
    return this.faulty.length && !this.options.includeFaulty ? '有错误的报告可加 --include-faulty 计入。' : '';
  }
}
