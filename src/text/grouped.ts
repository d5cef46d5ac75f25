// Numbers as an English reader writes them in a message ("1,234.5"), without Intl: the first
// toLocaleString of a process loads ICU's number formatting, about 10 ms of a cold start
// (issue 8) for what a short rounding and a comma every three digits do.

/**
 * `n` with commas between thousands and at most three decimals, rounded half away from zero
 * on its shortest decimal form: what `n.toLocaleString("en-US")` writes.
 */
export function groupedNumber(n: number): string {
  if (!Number.isFinite(n)) return n !== n ? "NaN" : n > 0 ? "∞" : "-∞";
  const abs = Math.abs(n);
  // the shortest decimal form, written out in full (no exponent)
  let s = String(abs);
  if (s.includes("e")) s = abs < 1 ? abs.toFixed(20) : BigInt(Math.round(abs)).toString();
  const [whole, frac = ""] = s.split(".");
  const up = frac.length > 3 && frac[3] >= "5";
  let thousandths = BigInt(whole + frac.slice(0, 3).padEnd(3, "0"));
  if (up) thousandths += 1n;
  const digits = thousandths.toString().padStart(4, "0");
  const int = digits.slice(0, -3).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const dec = digits.slice(-3).replace(/0+$/, "");
  const sign = n < 0 || Object.is(n, -0) ? "-" : "";
  return `${sign}${int}${dec ? "." + dec : ""}`;
}
