// The identities (agency, year) of the report files on disk, by canonical
// path, in the order they were found, with a lookup by agency and year: a
// workspace pass selects last year's report for each of a thousand reports,
// and a scan of every file for each would cost the square of their number.
import type { ReportIdentity } from './core/previous/identity';

const keyOf = (agency: string | undefined, year: number | undefined): string => `${agency ?? ''}\u0000${year ?? ''}`;

export class DiskIdentities implements Iterable<[string, ReportIdentity]> {
  private readonly byPath = new Map<string, ReportIdentity>();
  /** Paths by agency and year, and each path's place in `byPath`; built when first asked after a change. */
  private index: { groups: Map<string, string[]>; place: Map<string, number> } | undefined;

  get(path: string): ReportIdentity | undefined {
    return this.byPath.get(path);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  set(path: string, identity: ReportIdentity): void {
    this.byPath.set(path, identity);
    this.index = undefined;
  }

  delete(path: string): boolean {
    this.index = undefined;
    return this.byPath.delete(path);
  }

  [Symbol.iterator](): Iterator<[string, ReportIdentity]> {
    return this.byPath[Symbol.iterator]();
  }

  /** The paths of this agency and year, in the order found. */
  withAgencyYear(agency: string | undefined, year: number | undefined): readonly string[] {
    return this.built().groups.get(keyOf(agency, year)) ?? [];
  }

  /** Where a path comes in the order found (Infinity for one not on disk), to keep candidates in that order. */
  placeOf(path: string): number {
    return this.built().place.get(path) ?? Infinity;
  }

  private built(): { groups: Map<string, string[]>; place: Map<string, number> } {
    if (this.index) return this.index;
    const groups = new Map<string, string[]>();
    const place = new Map<string, number>();
    for (const [path, identity] of this.byPath) {
      place.set(path, place.size);
      const key = keyOf(identity.agency, identity.year);
      const group = groups.get(key);
      if (group) group.push(path);
      else groups.set(key, [path]);
    }
    this.index = { groups, place };
    return this.index;
  }
}
