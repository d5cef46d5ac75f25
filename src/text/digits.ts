// Typing slips between digit strings, shared by the aligner (is this figure a slip of that
// one?) and the relations (is a stated margin a slip of the difference?).

/** Two digit strings of one length that differ only by two digits trading places ("437" / "347"). */
export function swappedPair(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  const at = differingPlaces(x, y);
  return at.length === 2 && x[at[0]] === y[at[1]] && x[at[1]] === y[at[0]];
}

/** Two numbers whose digits differ in one place or by two traded places ("540" / "340", "1,530" / "1,350"). */
export function digitSlip(x: number, y: number): boolean {
  const ds = (n: number) => String(+Math.abs(n).toPrecision(12)).replace(/\D/g, "");
  const [a, b] = [ds(x), ds(y)];
  if (a.length !== b.length || a === b) return false;
  return differingPlaces(a, b).length === 1 || swappedPair(a, b);
}

function differingPlaces(x: string, y: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) at.push(i);
  return at;
}
