// entity-name: one person named differently — a garbled or misspelled name (major), or a
// title followed by a given name only where the source elsewhere uses a surname (minor).
import type { Evidence, Severity } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { compareRoles, roleOf, type PersonEntity, type Role } from "../../normalize/entities.js";
import type { TitledMention } from "../../extract/entities.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName } from "../describe.js";
import { jaroWinklerDistance, levenshteinDistance, soundsOf } from "../../text/natural.js";
import { peopleLexicon } from "../../extract/entities.js";
import { nearCandidates } from "../../text/near.js";

export interface EntityDraft {
  rule: string;
  kind: "entity-name" | "entity-title" | "time-scope";
  severity: Severity;
  message: string;
  claims: Evidence[];
}

type M = TitledMention & { sourceIndex: number };

const meta: RuleMeta = {
  id: "entity-name",
  kind: "entity-name",
  description: "A person's name spelled or given differently: a garble, a misspelling, or a first name where a surname is used.",
  defaultSeverity: "major",
  messages: {
    garbled: "\"{{bad}}\" ({{fbad}}) looks garbled: the name parts repeat or run together; elsewhere it is \"{{good}}\" ({{fgood}})",
    misspelled: "\"{{bad}}\" ({{fbad}}) and \"{{good}}\" ({{fgood}}) look like the same person spelled two ways ({{why}}); \"{{good}}\" is used {{count}}",
    givenOnly: "\"{{bad}}\" ({{fbad}}) gives the first name with the title, while the source calls the person \"{{good}}\" elsewhere: use the full name at first mention",
  },
};

const ev = (m: TitledMention, withTitle = false): Evidence => {
  const s = withTitle && m.titleSpan && m.titleSpan.end <= m.span.start ? { ...m.span, start: m.titleSpan.start, text: "" } : m.span;
  return { source: s.source, start: s.start, end: s.end, text: s.text || m.span.text, normalized: { type: "entity", entity: m.entityId, kind: m.type } };
};

/** Prefer a full-name mention from the same source, then any full-name mention. */
function bestOf(mentions: M[], near: M): M {
  const score = (m: M) => (m.sourceIndex === near.sourceIndex ? 2 : 0) + Math.min(m.tokens.length, 3);
  return [...mentions].sort((a, b) => score(b) - score(a))[0];
}

/** The right spelling as each source gives it: the best mention per source, nearest first. */
function goodPerSource(mentions: M[], near: M): M[] {
  const first = bestOf(mentions, near);
  const out = [first];
  const seen = new Set([first.sourceIndex]);
  for (const m of [...mentions].sort((a, b) => b.tokens.length - a.tokens.length))
    if (!seen.has(m.sourceIndex)) {
      seen.add(m.sourceIndex);
      out.push(m);
    }
  return out;
}

/** A name part that repeats or swallows another part: "Torresana" in "Lia Torresana Torres". */
function garbledPart(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    for (let j = 0; j < tokens.length; j++) {
      if (i === j) continue;
      const o = tokens[j];
      if (o.length >= 3 && t.length > o.length && t.includes(o)) return true;
      if (t === o && t.length >= 3) return true;
    }
  }
  return false;
}

/**
 * "Its regional secretary, Mara Quell" against "Nora Quell, the union's regional
 * secretary": one surname with the same role in each is one person, whatever the first name.
 */
function sameRole(a: M[], b: M[], rules: Rules): boolean {
  const roles = (ms: M[]) => ms.flatMap((m) => (m.title ? [roleOf(m.title, rules)] : [])).filter((r): r is Role => !!r);
  const ra = roles(a);
  const rb = roles(b);
  // past roles with past roles, as entity-title compares them
  return ra.some((x) => rb.some((y) => x.past === y.past && compareRoles(x, y) === "same"));
}

/** "once", "twice", "5 times". */
const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

function similarNames(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  const d = levenshteinDistance(a, b);
  if ((d === 1 && Math.min(a.length, b.length) >= 4) || (d === 2 && Math.min(a.length, b.length) >= 7) || (jaroWinklerDistance(a, b) >= 0.93 && d <= 2)) return true;
  // spelled two ways that sound the same: "Philippa" / "Filippa"
  if (d !== 2 || Math.min(a.length, b.length) < 5) return false;
  const [x, y] = [soundsOf(a), soundsOf(b)];
  return x[0] === y[0] && x[0].length >= 3;
}

export const entityName = {
  meta,
  check(entities: PersonEntity[], rules: Rules): EntityDraft[] {
    const out: EntityDraft[] = [];
    const sev = (s: string) => severityFor(rules, meta.id, s, s === "givenOnly" ? "minor" : "major");
    const lex = peopleLexicon(rules);
    // garbles inside one entity
    for (const e of entities) {
      const clean = e.mentions.filter((m) => m.tokens.length >= 2 && !garbledPart(m.tokens));
      for (const m of e.mentions) {
        if (m.tokens.length < 3 || !garbledPart(m.tokens) || !clean.length) continue;
        const good = bestOf(clean, m);
        out.push({
          rule: meta.id,
          kind: "entity-name",
          severity: sev("garbled"),
          message: formatMessage(meta, "garbled", { bad: m.name, fbad: fileName(m.span.source), good: good.name, fgood: fileName(good.span.source) }),
          claims: [ev(m), ev(good)],
        });
      }
    }
    // misspelt surnames: two entities whose surnames differ by a slip, one far rarer
    // (a role word is no surname: "Auditors visited 310 firms", "the Chief Auditor says")
    const roleWord = (w: string) => lex.roleOf.has(w.toLowerCase()) || lex.roleOf.has(w.toLowerCase().replace(/s$/, ""));
    const people = entities.filter((e) => e.mentions.length && !lex.givenNames.has(e.surname) && !roleWord(e.surname));
    // only pairs whose surnames may be two edits apart (all that similarNames accepts)
    const near = nearCandidates(people.map((p) => p.surname), 2, 4);
    // …and surnames further apart that begin alike ("Brandvik" / "Brandholm") under one first
    // name and one role: one person, misspelt
    const byGivenAndStem = new Map<string, number[]>();
    people.forEach((p, i) => {
      if (p.surname.length < 6) return;
      for (const m of p.mentions) if (m.tokens.length >= 2 && m.title) {
        const k = `${m.tokens[0]} ${p.surname.slice(0, 4)}`;
        const l = byGivenAndStem.get(k) ?? byGivenAndStem.set(k, []).get(k)!;
        if (!l.includes(i)) l.push(i);
      }
    });
    // …and surnames that sound alike but for a closing s ("Brieve" / "Breaves", "Quarne" /
    // "Quarnes") under one first name and one role
    const byGivenAndSound = new Map<string, number[]>();
    people.forEach((p, i) => {
      if (p.surname.length < 4) return;
      const sound = soundsOf(p.surname)[0].replace(/S$/, "");
      if (sound.length < 2) return;
      for (const m of p.mentions) if (m.tokens.length >= 2 && m.title) {
        const k = `${m.tokens[0]} ${sound}`;
        const l = byGivenAndSound.get(k) ?? byGivenAndSound.set(k, []).get(k)!;
        if (!l.includes(i)) l.push(i);
      }
    });
    const alike = people.map(() => new Set<number>());
    // (spelled nearly alike too, three edits at most and about as long: "Rhodes" and "Rutt" sound
    // alike to the code but are two names)
    for (const l of byGivenAndSound.values())
      for (const i of l)
        for (const j of l)
          if (i !== j && Math.abs(people[i].surname.length - people[j].surname.length) <= 1 && levenshteinDistance(people[i].surname, people[j].surname) <= 3) alike[i].add(j);
    for (const l of byGivenAndStem.values()) for (const i of l) for (const j of l) if (i !== j) alike[i].add(j);
    for (let i = 0; i < people.length; i++)
      for (const j of new Set([...near[i], ...alike[i]])) {
        const rare = people[i];
        const common = people[j];
        // the rarer spelling is the suspect; with a tie either may be, so the pair is reported once
        if (i === j || rare.mentions.length > common.mentions.length || (rare.mentions.length === common.mentions.length && rare.surname >= common.surname)) continue;
        // first names must not disagree: any first name of one matching any of the other will do
        // (whatever order the sources come in)
        const givens = (e: PersonEntity) => new Set(e.mentions.filter((m) => m.tokens.length >= 2).map((m) => m.tokens[0]));
        const gR = givens(rare);
        const gC = givens(common);
        // "Aldo Fenwicke" / "Aldo Fenwick": with the same first name, two slips in a shorter surname will do
        const sameGiven = [...gR].some((g) => gC.has(g));
        const slip = similarNames(rare.surname, common.surname) || (sameGiven && Math.min(rare.surname.length, common.surname.length) >= 5 && levenshteinDistance(rare.surname, common.surname) <= 2);
        // (two surnames that only begin alike, both written in one source, are two people:
        // "Councillor Dana Roberts" and "Councillor Dana Robertson")
        const oneSource = rare.mentions.some((m) => common.mentions.some((c) => c.sourceIndex === m.sourceIndex));
        // a short surname two slips off ("Mira Holt" / "Mira Hall") under one first name
        // and one role in different sources: one person, misspelt
        const shortSlip = !slip && sameGiven && !oneSource && Math.min(rare.surname.length, common.surname.length) >= 4 && levenshteinDistance(rare.surname, common.surname) <= 2 && sameRole(rare.mentions, common.mentions, rules);
        if (!slip && !shortSlip && !(alike[i].has(j) && !oneSource && Math.abs(rare.surname.length - common.surname.length) <= 2 && sameRole(rare.mentions, common.mentions, rules))) continue;
        const givenR = [...gR].sort()[0];
        const givenC = [...gC].sort()[0];
        if (gR.size && gC.size && ![...gR].some((g) => gC.has(g) || [...gC].some((h) => similarNames(g, h)))) continue;
        // one finding per source that writes the rare spelling, citing every place it does
        const bySource = new Map<number, M[]>();
        for (const m of rare.mentions) bySource.get(m.sourceIndex)?.push(m) ?? bySource.set(m.sourceIndex, [m]);
        for (const ms of bySource.values()) {
          // the fullest form names it ("Ana Ruiz" over a later "Ruiz")
          const m = ms.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a));
          const good = bestOf(common.mentions, m);
          out.push({
            rule: meta.id,
            kind: "entity-name",
            severity: sev("misspelled"),
            message: formatMessage(meta, "misspelled", {
              bad: m.name,
              fbad: fileName(m.span.source),
              good: good.name,
              fgood: fileName(good.span.source),
              why: !slip ? "same first name and role, surnames alike" : givenR && givenC ? "same first name" : "surnames one slip apart",
              count: times(common.mentions.length),
            }),
            claims: [ev(m), ...ms.filter((x) => x !== m).map((x) => ev(x)), ...goodPerSource(common.mentions, m).map((g) => ev(g))],
          });
        }
      }
    // misspelt first names with the same surname ("Teodorro Corvin" / "Dora Corvin")
    for (const e of entities) {
      const full = e.mentions.filter((m) => m.tokens.length >= 2);
      const counts = new Map<string, M[]>();
      for (const m of full) counts.get(m.tokens[0])?.push(m) ?? counts.set(m.tokens[0], [m]);
      for (const [g, ms] of counts)
        for (const [h, others] of counts)
          // (as often each way: one finding for the pair, which spelling is right unknown)
          if (g !== h && (ms.length < others.length || (ms.length === others.length && g < h)) && (similarNames(g, h) || sameRole(ms, others, rules)))
            for (const m of ms)
              out.push({
                rule: meta.id,
                kind: "entity-name",
                // (a tie of two spellings of one name, "Aleksandr"/"Alexander", says which is wrong no
                // better than a coin: minor; two different names under one role are a conflict the
                // editor checks either way)
                severity: ms.length === others.length && similarNames(g, h) ? "minor" : sev("misspelled"),
                message: formatMessage(meta, "misspelled", { bad: m.name, fbad: fileName(m.span.source), good: others[0].name, fgood: fileName(others[0].span.source), why: similarNames(g, h) ? "same surname, first names one slip apart" : "same surname and role, another first name", count: times(others.length) }),
                claims: [ev(m), ev(bestOf(others, m))],
              });
    }
    // "Foreign Secretary Teodoro" … "Corvin said": a given name where the source uses a surname
    const bySource = new Map<number, M[]>();
    for (const e of entities) for (const m of e.mentions) bySource.get(m.sourceIndex)?.push(m) ?? bySource.set(m.sourceIndex, [m]);
    for (const ms of bySource.values()) {
      ms.sort((a, b) => a.span.start - b.span.start);
      const fullSurnames = new Set(ms.filter((m) => m.tokens.length >= 2).map((m) => m.tokens[m.tokens.length - 1]));
      for (const m of ms) {
        if (!m.givenOnly) continue;
        if (ms.some((x) => x.tokens.length >= 2 && x.tokens[0] === m.tokens[0])) continue;
        const later = ms.find((x) => x.span.start > m.span.end && x.tokens.length === 1 && !lex.givenNames.has(x.tokens[0]) && !fullSurnames.has(x.tokens[0]));
        if (!later) continue;
        out.push({
          rule: meta.id,
          kind: "entity-name",
          severity: sev("givenOnly"),
          message: formatMessage(meta, "givenOnly", { bad: `${m.title ? m.title + " " : ""}${m.name}`, fbad: fileName(m.span.source), good: later.name }),
          claims: [ev(m), ev(later)],
        });
      }
    }
    return out;
  },
};
