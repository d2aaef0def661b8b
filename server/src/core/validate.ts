// Schema validation with ajv (compiled once per process), and the mapping of
// every ajv error to the YAML node it is about. Which check a schema error
// belongs to follows from the keyword and from the value kind ($defs) that
// failed; each check module words its own finding.
import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import { unknownKeyFinding } from './checks/unknownKey';
import { missingKeyFinding } from './checks/missingKey';
import { notACountFinding } from './checks/notACount';
import { invalidValueFinding } from './checks/invalidValue';
import { RawFinding } from './findings';
import { instanceOf } from './instance';
import { REPORT } from './model';
import { buildSchema } from './schema';
import { entryAt, YEntry, YNode } from './yamlTree';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(buildSchema());
  return compiled;
}

/** Where an error's instance path leads in the tree: the node, and the entry that holds it. */
export interface ErrorTarget {
  path: string[];
  node: YNode;
  /** The entry whose value is `node`; undefined at the root. */
  entry?: YEntry;
}

function target(root: YNode, instancePath: string): ErrorTarget | undefined {
  const path =
    instancePath === ''
      ? []
      : instancePath
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (!path.length) return { path, node: root };
  const entry = entryAt(root, path);
  return entry && { path, node: entry.value, entry };
}

/** The value kind ($defs name) an error arose in, e.g. 'count' for '#/$defs/count/type'. */
function valueKind(error: ErrorObject): string | undefined {
  return /^#\/\$defs\/([^/]+)\//.exec(error.schemaPath)?.[1];
}

function mapError(error: ErrorObject, at: ErrorTarget): RawFinding | undefined {
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKeyFinding(at, String(error.params['additionalProperty']));
    case 'required':
      return missingKeyFinding(at, String(error.params['missingProperty']));
  }
  const kind = valueKind(error);
  if (kind === 'count' || kind === 'amount') return notACountFinding(at, kind === 'amount');
  // 年度 is worded by the year check, which also knows the plausible range.
  if (kind === 'year') return undefined;
  return invalidValueFinding(at, kind);
}

export function validateTree(root: YNode): RawFinding[] {
  const validate = validator();
  if (validate(instanceOf(root, REPORT))) return [];
  const findings: RawFinding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const at = target(root, error.instancePath);
    if (!at) continue;
    const finding = mapError(error, at);
    if (!finding) continue;
    // One finding per place and code: ajv may report a value under several keywords.
    const id = `${finding.code}:${finding.start}:${finding.end}:${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}
