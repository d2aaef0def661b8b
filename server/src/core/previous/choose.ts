// Pairing by content: last year's report is the one of the same agency
// (normalised) whose 年度 is one less. Pure: the callers gather the candidates
// (the CLI from folders and its arguments, the language server from the
// workspace and the open documents).
import { ReportIdentity } from './identity';

export interface Candidate {
  /** Whatever tells files apart for the caller: a resolved path. */
  id: string;
  identity: ReportIdentity;
}

/** The candidates that may be last year's report of `self`; `self` itself never. */
export function previousCandidates<C extends Candidate>(self: Candidate, candidates: Iterable<C>): C[] {
  const { agency, year } = self.identity;
  if (agency === undefined || year === undefined) return [];
  const found: C[] = [];
  const seen = new Set<string>([self.id]);
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (c.identity.agency === agency && c.identity.year === year - 1) found.push(c);
  }
  return found;
}
