// The JSON value the schema validates, built from the range-keeping tree. It
// holds what each value means to the report (a count is a number only where
// its source text is one), and remembers nothing about positions: errors are
// mapped back through the tree by their instance path.
import { FormatNode } from './model';
import { cellInstance, isBlank } from './values';
import { YNode } from './yamlTree';

export function instanceOf(node: YNode, format: FormatNode): unknown {
  switch (format.kind) {
    case 'group':
    case 'row':
      return collectionInstance(node);
    case 'count':
    case 'amount':
      return cellInstance(node, format.kind === 'amount');
    case 'year':
    case 'format':
      if (node.kind !== 'scalar') return {};
      return isBlank(node) ? null : node.value;
    default:
      // Text of any kind: a scalar reads as its string; a collection is kept as one to be rejected.
      if (node.kind !== 'scalar') return node.kind === 'seq' ? [] : {};
      return node.value === null ? '' : String(node.value);
  }
}

function collectionInstance(node: YNode): unknown {
  if (node.kind === 'map') {
    // No prototype: a key such as `__proto__` must stay a plain (unknown) key.
    const object = Object.create(null) as Record<string, unknown>;
    for (const entry of node.entries) {
      if (entry.key in object) continue;
      object[entry.key] = entry.format ? instanceOf(entry.value, entry.format) : null;
    }
    return object;
  }
  // A blank where a mapping belongs is an empty mapping: its keys are missing.
  if (isBlank(node)) return {};
  if (node.kind === 'scalar') return node.raw;
  return node.kind === 'seq' ? [] : {};
}
