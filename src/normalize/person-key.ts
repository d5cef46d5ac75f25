// A person's resolution key: the surname, folded. "President Raul Ignacio Perez Molina",
// "Perez Molina" and "Molina" all give "molina"; shared by entities and quote speakers.

/** Letters after a name ("Ana Roe KC", "Tom Ruiz MP"): not part of it. */
export const POSTNOMINALS = new Set(["kc", "qc", "sc", "mp", "msp", "mep", "mla", "td", "frs", "mbe", "obe", "cbe", "kbe", "dbe", "phd", "md", "esq"]);
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sr", "jr", "ii", "iii", "iv", ...POSTNOMINALS]);

/** Lower-cases and strips accents: "López" → "lopez". */
export function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (folded.size >= 50000) folded.clear();
    folded.set(s, f);
  }
  return f;
}
const folded = new Map<string, string>();

/** Name tokens without honorifics or trailing suffixes ("Jr.", "III"). */
export function nameTokens(name: string): string[] {
  return fold(name)
    .replace(/[’']s$/, "")
    .split(/[\s\u00a0]+/)
    .map((t) => t.replace(/[.,]$/g, ""))
    .filter((t) => t && !HONORIFICS.has(t));
}

/** The surname key of a person's name as written. */
export function personKey(name: string): string {
  const t = nameTokens(name);
  return t[t.length - 1] ?? "";
}
