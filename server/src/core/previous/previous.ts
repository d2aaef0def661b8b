// Last year's report as the checks of this year's take it: parsed once (the
// caller caches it until the file changes) and judged fit or not. The caller
// finds the file (the CLI in folders, the language server in the workspace)
// and hands over its text; nothing here reads files.
import { MAX_BYTES, parseReport } from '../engine';
import { LineIndex, stripBom } from '../lineIndex';
import { YNode } from '../yamlTree';
import { identityOf, ReportIdentity } from './identity';

export interface ParsedPrevious {
  text: string;
  lines: LineIndex;
  root: YNode;
  identity: ReportIdentity;
  /** Why its figures cannot be used (Chinese), e.g. a YAML syntax error; undefined when fit. */
  unfit?: string;
}

/** Parses last year's report. Never throws: an unusable file comes back with `unfit` set. */
export function parsePrevious(input: string, byteLength?: number): ParsedPrevious {
  const text = stripBom(input);
  const bytes = byteLength ?? text.length;
  if (bytes > MAX_BYTES) {
    const empty: YNode = { kind: 'scalar', start: 0, end: 0, raw: '', value: null, style: undefined };
    return { text: '', lines: new LineIndex(''), root: empty, identity: {}, unfit: '文件超过 10 MB' };
  }
  return previousFromParsed(parseReport(text));
}

/** Last year's report from its parse (parseReport of its text), where the caller has one already. */
export function previousFromParsed(parsed: ReturnType<typeof parseReport>): ParsedPrevious {
  const { text } = parsed;
  const identity = identityOf(parsed.root);
  const syntax = parsed.syntax.find((f) => f.code === 'yaml-syntax' || f.code === 'multi-document');
  let unfit: string | undefined;
  if (syntax) unfit = `有 YAML 语法错误（第 ${parsed.lines.position(syntax.start).line + 1} 行）`;
  else if (parsed.root.kind !== 'map') unfit = '不是一份报告（顶层不是键值映射）';
  else if (identity.year === undefined) unfit = '没有有效的「年度」';
  return { text, lines: parsed.lines, root: parsed.root, identity, unfit };
}

/**
 * Last year's report as handed to checkText: found (with where it is), more
 * than one candidate, or an explicit link (the 上年报告 key, or the CLI's
 * --previous) that could not be followed.
 */
export type PreviousInput =
  | {
      kind: 'found';
      report: ParsedPrevious;
      /** The file as messages name it, e.g. `2023-某局.xxgk.yaml`. */
      name: string;
      /** Where related locations point: an LSP URI or, in the CLI, the path. */
      uri: string;
      /** How it was found: 'link' by the 上年报告 key, 'option' by --previous, 'search' by content. */
      via: 'link' | 'option' | 'search';
    }
  | { kind: 'ambiguous'; names: string[] }
  | {
      kind: 'broken';
      /** Chinese: what is wrong with the linked file, e.g. 找不到文件 2023.xxgk.yaml. */
      message: string;
      via: 'link' | 'option';
    }
  | { kind: 'none' };
