// Which words of a list may lie within a small edit distance of one another, without
// comparing every pair: two words within k edits (insertions, deletions, substitutions of
// UTF-16 units) share a form reached by deleting at most k units from each ("symmetric
// delete"). Words are indexed by those forms; a pair that shares none is surely farther.
// A superset of the close pairs: callers still test each candidate exactly.

function deletions(word: string, k: number, out: Set<string>): void {
  out.add(word);
  if (k === 0) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter) || k > 1) deletions(shorter, k - 1, out);
  }
}

/**
 * For each word (by index), the indices of the other words that may be within `k` edits,
 * in ascending order. Words shorter than `minLength` get no candidates and are no one's.
 */
export function nearCandidates(words: readonly string[], k: number, minLength = 0): number[][] {
  const byForm = new Map<string, number[]>();
  const forms: Set<string>[] = words.map((w, i) => {
    const f = new Set<string>();
    if (w.length >= minLength) deletions(w, k, f);
    for (const x of f) {
      const list = byForm.get(x);
      if (list) list.push(i);
      else byForm.set(x, [i]);
    }
    return f;
  });
  return forms.map((f, i) => {
    const near = new Set<number>();
    for (const x of f) for (const j of byForm.get(x)!) if (j !== i) near.add(j);
    return [...near].sort((a, b) => a - b);
  });
}
