// A long source that repeats a figure or a name thousands of times (an archive, a live
// blog) made one finding cite every repetition: tens of thousands of evidence places, a
// report of hundreds of megabytes and most of a run's memory (issue 7). A finding cites
// the first places of each wording in each source; the message says how many more there
// are, so nothing is hidden from the editor.
import { fileName } from "./describe.js";
import { groupedNumber } from "../text/grouped.js";

/** Places cited per source for each wording (span text) of a finding. */
export const MAX_PLACES = 20;

export interface Place {
  source: string;
  text: string;
}

/**
 * The items to cite, and a note on the places left out ("" when none was). `keep`: places
 * always cited (inside a factdiff-ignore region, which must still see them).
 */
export function capPlaces<T>(items: readonly T[], placeOf: (x: T) => Place, max = MAX_PLACES, keep?: (x: T) => boolean): { kept: T[]; note: string } {
  const count = new Map<string, number>();
  const left = new Map<string, number>();
  const kept = items.filter((x) => {
    const p = placeOf(x);
    const k = `${p.source}\u0001${p.text}`;
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    if (n <= max || keep?.(x)) return true;
    left.set(p.source, (left.get(p.source) ?? 0) + 1);
    return false;
  });
  if (!left.size) return { kept, note: "" };
  const where = [...left].map(([s, n]) => `${groupedNumber(n)} more in ${fileName(s)}`).join(", ");
  return { kept, note: ` (the same wording stands in other places, not listed: ${where})` };
}
