// The settings the server honours, pulled with workspace/configuration:
// `xxgk.severity` maps a check code to error | warning | information | off.
// `xxgk.diagnostics.workspace` (default true) checks every report of the
// workspace folders, not only the open ones (pull clients; workspaceDiagnostics.ts).
// `xxgk.export.browserPath` names the browser that prints the PDF export
// (it wins over the variable XXGK_BROWSER).
// `xxgk.trace.server` is the client's business; it is read and ignored.
import { isCheckCode } from './core/checks/registry';
import { CheckCode, Severity } from './core/findings';

export type SeverityOverrides = Partial<Record<CheckCode, Severity | 'off'>>;

const LEVELS = new Set(['error', 'warning', 'information', 'off']);

/** The preview's year-over-year view: `xxgk.preview.showPreviousYear`, `xxgk.preview.previousYearChangeShare`. */
export interface PreviousYearView {
  show: boolean;
  /** A change beyond this share of last year's value is marked (0.3 = 30 %). */
  share: number;
}

export const DEFAULT_CHANGE_SHARE = 0.3;

export class Settings {
  severities: SeverityOverrides = {};
  previousYear: PreviousYearView = { show: false, share: DEFAULT_CHANGE_SHARE };
  /** `xxgk.diagnostics.workspace`: off in a huge workspace, where only open reports are checked. */
  workspaceDiagnostics = true;
  /** `xxgk.export.browserPath`: the browser program for the PDF export; undefined to find one. */
  browserPath: string | undefined;
  /** Bumped on every change, so cached results computed under old settings are not reused. */
  generation = 0;

  /**
   * Takes the `xxgk` section as the client sends it; returns Chinese warnings
   * about entries it ignored. Unknown codes and levels are dropped, never fatal.
   */
  update(section: unknown): string[] {
    const warnings: string[] = [];
    const next: SeverityOverrides = {};
    const raw = isObject(section) ? section['severity'] : undefined;
    if (raw !== undefined && raw !== null && !isObject(raw))
      warnings.push('xxgk.severity 应是一个对象（检查代码 → error | warning | information | off），已忽略。');
    if (isObject(raw)) {
      for (const [code, level] of Object.entries(raw)) {
        if (!isCheckCode(code)) warnings.push(`xxgk.severity：没有检查代码「${code}」，已忽略。`);
        else if (typeof level !== 'string' || !LEVELS.has(level))
          warnings.push(`xxgk.severity.${code}：「${String(level)}」不是 error、warning、information 或 off，已忽略。`);
        else next[code] = level as Severity | 'off';
      }
    }
    this.workspaceDiagnostics = readWorkspaceDiagnostics(
      isObject(section) ? section['diagnostics'] : undefined,
      warnings,
    );
    this.previousYear = readPreviousYearView(isObject(section) ? section['preview'] : undefined, warnings);
    this.browserPath = readBrowserPath(isObject(section) ? section['export'] : undefined, warnings);
    if (JSON.stringify(next) !== JSON.stringify(this.severities)) {
      this.severities = next;
      this.generation++;
    }
    return warnings;
  }
}

function readWorkspaceDiagnostics(diagnostics: unknown, warnings: string[]): boolean {
  const value = isObject(diagnostics) ? diagnostics['workspace'] : undefined;
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  warnings.push(`xxgk.diagnostics.workspace 应是 true 或 false，已忽略「${String(value)}」，仍检查整个工作区。`);
  return true;
}

export function readPreviousYearView(preview: unknown, warnings: string[]): PreviousYearView {
  const view: PreviousYearView = { show: false, share: DEFAULT_CHANGE_SHARE };
  if (!isObject(preview)) return view;
  view.show = preview['showPreviousYear'] === true;
  const share = preview['previousYearChangeShare'];
  if (share === undefined || share === null) return view;
  if (typeof share === 'number' && Number.isFinite(share) && share >= 0) view.share = share;
  else
    warnings.push(
      `xxgk.preview.previousYearChangeShare 应是不小于 0 的数（如 0.3 即 30%），已忽略「${String(share)}」。`,
    );
  return view;
}

function readBrowserPath(section: unknown, warnings: string[]): string | undefined {
  const path = isObject(section) ? section['browserPath'] : undefined;
  if (path === undefined || path === null) return undefined;
  if (typeof path === 'string') return path.trim() || undefined;
  warnings.push(`xxgk.export.browserPath 应是浏览器程序的路径（文字），已忽略「${String(path)}」。`);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
