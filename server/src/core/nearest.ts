// Near-miss suggestions for unknown keys: edit distance on characters, after
// removing numbering a user may have typed ("(一)", "1、", "三、").

/** Numbering the format leaves to the renderer, in any of its common spellings. */
const KEY_NUMBERING_RE = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．)）])\s*/;

export function stripNumbering(key: string): string {
  return key.replace(KEY_NUMBERING_RE, '');
}

/** Levenshtein distance over UTF-16 code units (CJK labels are single units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `key`, if it is close enough to be a plausible
 * near miss (at most half of the longer label changed).
 */
function nearestLabel(key: string, candidates: readonly string[]): string | undefined {
  const stripped = stripNumbering(key).trim();
  // Far longer than every candidate: none can be within the bound below (edit
  // distance is at least the difference in length); skip the costly distances.
  if (stripped.length > 2 * Math.max(0, ...candidates.map((c) => c.length)) + 1) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = Math.min(editDistance(key, candidate), editDistance(stripped, candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.ceil(Math.max(stripped.length, best.length) / 2) ? best : undefined;
}

/**
 * The label to offer for an unknown key at a place: the nearest label not yet
 * present there (the typo most likely stands for it), else the nearest of all.
 */
export function suggestLabel(
  key: string,
  labels: readonly string[],
  isPresent: (label: string) => boolean,
): string | undefined {
  return (
    nearestLabel(
      key,
      labels.filter((label) => !isPresent(label)),
    ) ?? nearestLabel(key, labels)
  );
}
