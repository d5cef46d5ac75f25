// People across sources: one entity per surname, with given-name-only and surname-only
// references attached, and titles reduced to a role (head, rank, domain) for comparison.
import type { Rules } from "../rules/types.js";
import { peopleLexicon, type TitledMention } from "../extract/entities.js";
import { fold } from "./person-key.js";
import { lre } from "../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^([\p{L}.]+)-([\p{L}]+)$/u);

export interface Role {
  /** The role group's key ("minister" for Foreign Secretary, Foreign Minister...). */
  head: string;
  /** The role words as written, folded ("secretary", "prosecutor"). */
  phrase: string;
  /** Rank words that change the role ("deputy", "lt", "assistant"), sorted. */
  ranks: string[];
  /**
   * Words that say which role of that kind: modifiers right before the role ("Foreign",
   * "Battalion") and a one-word "of" complement ("of geology"). The employer written as a
   * possessive or a name ("KVMT's", "of Westbrook") is left out: outlets word it differently.
   */
  domain: string[];
  /**
   * Bodies named generically ("Agency", "Union"), sorted: whose the post is, left out of the
   * domain, so "Agency chief executive" is the "Chief Executive of the HSRA" (a body named by
   * its acronym stays: "FBI director" is no "CIA director").
   */
  bodies: string[];
  /** The generic bodies' words as written ("works", not the group's "plant"): their initials make an acronym. */
  bodyWords: string[];
  /** "former", "ex": a past role, never compared with a current one. */
  past: boolean;
}

const FILLER = new Set(["the", "a", "an", "of", "for", "and", "own", "then", "u", "us", "s", "at", "in", "local", "top", "new", "longtime", "veteran", "current", "elected", "sitting", "incumbent"]);
const NATIONALITY = /^(?:mexican|american|british|french|german|italian|spanish|chinese|japanese|indian|russian|canadian|australian|israeli|iraqi|iranian|afghan|brazilian|nepali|nepalese|salvadoran|guatemalan|honduran|european|african|asian|federal|national|state|us|u)$/;

/** Reduces a title to its role: head group, rank words and domain words. */
export function roleOf(title: string, rules: Rules): Role | null {
  const lex = peopleLexicon(rules);
  // ("vice-chair", "co-founder": a rank joined to its role by a hyphen is the two words)
  let raw = title
    .replace(/[–—,]/g, " ")
    .split(/[\s\u00a0]+/)
    .filter(Boolean)
    .flatMap((w) => {
      const m = LETTERS_RE_1.exec(w);
      return m && lex.ranks.has(fold(m[1]).replace(/\./g, "")) && lex.roleOf.has(fold(m[2])) ? [m[1], m[2]] : [w];
    });
  let words = raw.map((w) => fold(w).replace(/\./g, ""));
  // "director of finance" is the "finance director" the rules know: the field before the role
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== "of" && words[i] !== "for") continue;
    for (let n = 2; n >= 1; n--) {
      const field = words.slice(i + 1, i + 1 + n);
      if (field.length < n) continue;
      if (lex.roleOf.has(words[i - 1]) && lex.roleOf.get([...field, words[i - 1]].join(" ")) && lex.roleOf.get([...field, words[i - 1]].join(" ")) !== lex.roleOf.get(words[i - 1])) {
        words = [...words.slice(0, i - 1), ...field, words[i - 1], ...words.slice(i + 1 + n)];
        raw = [...raw.slice(0, i - 1), ...raw.slice(i + 1, i + 1 + n), raw[i - 1], ...raw.slice(i + 1 + n)];
        i = words.length;
        break;
      }
    }
  }
  let head: string | undefined;
  let headAt = -1;
  let headLen = 0;
  for (let i = 0; i < words.length; i++)
    for (let n = Math.min(lex.maxRoleWords, words.length - i); n >= 1; n--) {
      const key = lex.roleOf.get(words.slice(i, i + n).join(" ").replace(/['’]s$/, ""));
      if (key) {
        // the last role word is the head ("State Department spokeswoman" → spokesperson)…
        // …unless it is a standing right before the name after a post ("Chief Inspector of
        // Rail Safety Captain Ada Roe": the post is the inspector's)
        // (a rank word right before it is its rank: "chief seismologist", "senior researcher")
        if (!(head && lex.standingRoles.has(key) && !lex.standingRoles.has(head) && i + n === words.length && !(headAt + headLen === i && headLen === 1 && lex.ranks.has(words[headAt])))) {
          head = key;
          headAt = i;
          headLen = n;
        }
        i += n - 1;
        break;
      }
    }
  if (!head) return null;
  const ranks: string[] = [];
  const domain: string[] = [];
  const bodies: string[] = [];
  const bodyWords: string[] = [];
  let past = false;
  // a body named generically or by its acronym says whose the post is, not what it is
  const body = (i: number) => lex.genericBodies.has(words[i]);
  // modifiers right before the head, back to a possessive or a rank
  for (let i = headAt - 1; i >= 0; i--) {
    const w = words[i];
    if (/['’]s$/.test(w)) break;
    if (lex.pastRanks.has(w)) past = true;
    else if (lex.ranks.has(w)) {
      if (!lex.sameRank.has(w)) ranks.push(w === "lieutenant" ? "lt" : w);
    } else if (!FILLER.has(w) && !lex.levelWords.has(w) && !NATIONALITY.test(w) && !lex.roleOf.has(w)) {
      (body(i) ? bodies : domain).push(body(i) ? lex.genericBodies.get(w)! : w);
      if (body(i)) bodyWords.push(w);
    } // (a level of government says where the post is, not what it is)
  }
  for (let i = 0; i < headAt; i++) if (lex.pastRanks.has(words[i])) past = true;
  // "fire chief", "police chief", "head coach": a role phrase ending in its group's own word
  // keeps its first words as domain, so "Fire Chief" and "Battalion Chief" stay apart
  if (headLen > 1 && lex.roleOf.get(words[headAt + headLen - 1]) === head)
    for (const w of words.slice(headAt, headAt + headLen - 1)) if (!lex.ranks.has(w)) domain.push(w);
  // "professor of geology", "Minister for Coastal Affairs": the field or portfolio after
  // "of" or "for" (up to "at", "in" or "with"), unless it names a body ("director of the
  // Institute for…": a body is written too many ways, by acronym or in full, to compare)
  const after = words.slice(headAt + headLen);
  if ((after[0] === "of" || after[0] === "for") && after[1]) {
    const end = after.findIndex((w, i) => i > 0 && (w === "at" || w === "in" || w === "with"));
    const base = headAt + headLen + 1;
    const field = after
      .slice(1, end < 0 ? after.length : end)
      .map((w, k) => ({ w, at: base + k }))
      .filter(({ w }) => !FILLER.has(w) && !lex.levelWords.has(w));
    // ("chief executive of the HSRA": a body only, whose the post is)
    if (field.length && field.every(({ at }) => body(at))) {
      bodies.push(...field.map(({ w }) => lex.genericBodies.get(w)!));
      bodyWords.push(...field.map(({ w }) => w));
    }
    else if (field.length && field.length <= 4 && !field.some(({ w }) => lex.orgWords.has(w))) domain.push(...field.map(({ w }) => w));
  }
  return { head, phrase: words.slice(headAt, headAt + headLen).join(" "), ranks: ranks.sort(), domain: [...new Set(domain)].sort(), bodies: [...new Set(bodies)].sort(), bodyWords, past };
}

export type RoleRelation = "same" | "variant" | "different";

/** Same role, the same role worded differently, or a different role. */
export function compareRoles(a: Role, b: Role): RoleRelation {
  if (a.head !== b.head) return "different";
  // "prosecutor" against "Assistant U.S. Attorney": a generic word for the same office;
  // ranks are compared only when the role is written the same way
  if (a.phrase === b.phrase && a.ranks.join() !== b.ranks.join()) return "different";
  // two bodies named generically, none the same: posts in two places ("port director",
  // "airport director"; "prison governor", "school governor")
  if (a.bodies.length && b.bodies.length && !a.bodies.some((w) => b.bodies.includes(w))) return "different";
  if (!a.domain.length || !b.domain.length) return "same";
  const da = new Set(a.domain);
  const shared = b.domain.filter((w) => da.has(w));
  if (shared.length === a.domain.length || shared.length === b.domain.length) return "same";
  // a body by its acronym and in full: "chief executive of the KTHR" against "chief executive of
  // the Kessel and Tarn Health Region" (the acronym's letters are the other's initials)
  const initials = (ws: readonly string[]) => ws.map((w) => w[0]).sort().join("");
  const acronymOf = (x: readonly string[], y: readonly string[]) => x.length === 1 && x[0]!.length >= 2 && y.length === x[0]!.length && [...x[0]!].sort().join("") === initials(y);
  // (its generic word among them: "Flood Relief Agency director" is the "Director of the FRA")
  if (acronymOf(a.domain, b.domain) || acronymOf(b.domain, a.domain)) return "same";
  if ((!a.bodies.length && acronymOf(a.domain, [...b.domain, ...b.bodyWords])) || (!b.bodies.length && acronymOf(b.domain, [...a.domain, ...a.bodyWords]))) return "same";
  // each title has words the other lacks: "Battalion Chief" against "Fire Chief"
  return "different";
}

export interface PersonEntity {
  id: string;
  /** Most complete spelling seen. */
  name: string;
  surname: string;
  given?: string;
  mentions: Array<TitledMention & { sourceIndex: number }>;
}

/** Groups person mentions of all sources into entities by surname (given-name-only mentions join the entity with that given name). */
export function resolvePeople(bySource: TitledMention[][]): PersonEntity[] {
  const entities = new Map<string, PersonEntity>();
  const all = bySource.flatMap((ms, sourceIndex) => ms.filter((m) => m.type === "person").map((m) => ({ ...m, sourceIndex })));
  for (const m of all) {
    if (m.tokens.length < 2) continue;
    const surname = m.tokens[m.tokens.length - 1];
    let e = entities.get(surname);
    if (!e) entities.set(surname, (e = { id: `person:${surname}`, name: m.name, surname, given: m.tokens[0], mentions: [] }));
    if (m.tokens.length > e.name.split(/\s+/).length) e.name = m.name;
  }
  for (const m of all) {
    const w = m.tokens[m.tokens.length - 1];
    let e = entities.get(w);
    if (!e && m.tokens.length === 1) e = [...entities.values()].find((x) => x.given === w && m.givenOnly !== false);
    if (!e) entities.set(w, (e = { id: `person:${w}`, name: m.name, surname: w, mentions: [] }));
    m.entityId = e.id;
    e.mentions.push(m);
  }
  return [...entities.values()];
}
