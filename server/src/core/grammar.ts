// The TextMate grammar of report files: YAML (source.yaml) with statutory
// keys, section keys, counts and suppression comments marked by scopes of
// their own. The rules are injected into every YAML scope except strings and
// comments, so they apply inside flow mappings and nested blocks alike.
import { allLabels, SECTIONS } from './model';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so that `其他处理` wins over `其他`. */
function alternation(labels: readonly string[]): string {
  return [...labels]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** A key: at the start of a line or after `{`/`,` in a flow mapping, followed by `:`. */
function keyRule(labels: readonly string[], scope: string): Record<string, unknown> {
  return {
    match: `(?:^|(?<=[{,]))\\s*(${alternation(labels)})(?=\\s*:(?:\\s|$))`,
    captures: { '1': { name: scope } },
  };
}

export function buildGrammar(): Record<string, unknown> {
  const sectionKeys = SECTIONS.map((s) => s.key);
  const statutory = allLabels().filter((label) => !sectionKeys.includes(label));
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'xxgk report',
    scopeName: 'source.xxgk',
    patterns: [{ include: '#suppression' }, { include: 'source.yaml' }],
    injections: {
      'L:source.xxgk -comment -string.quoted -string.unquoted.block': {
        patterns: [
          keyRule(sectionKeys, 'entity.name.section.xxgk'),
          keyRule(statutory, 'support.type.property-name.statutory.xxgk'),
          {
            // A count or amount after a key's colon, before `,`, `}`, a comment or the line end.
            match: '(?<=:)\\s*((?:0|[1-9][0-9]*)(?:\\.[0-9]{1,6})?)(?=\\s*(?:[,}]|\\s#|$))',
            captures: { '1': { name: 'constant.numeric.count.xxgk' } },
          },
        ],
      },
    },
    repository: {
      suppression: {
        match: '^\\s*(#)\\s*(xxgk-disable(?:-next-line)?)\\b(.*)$',
        name: 'comment.line.number-sign.suppression.xxgk',
        captures: {
          '1': { name: 'punctuation.definition.comment.yaml' },
          '2': { name: 'keyword.control.directive.suppression.xxgk' },
          '3': { name: 'constant.other.check-code.xxgk' },
        },
      },
    },
  };
}
