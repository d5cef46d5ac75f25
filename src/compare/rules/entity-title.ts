// entity-title: one person given different roles. A different role ("Gov." vs "Lt. Gov.",
// "CFO" vs "Chief Executive") is major; the same role worded differently is minor.
import type { Evidence } from "../../types.js";
import type { Rules } from "../../rules/types.js";
import { compareRoles, roleOf, type PersonEntity, type Role, type RoleRelation } from "../../normalize/entities.js";
import { peopleLexicon, type TitledMention } from "../../extract/entities.js";
import { formatMessage, type RuleMeta } from "../meta.js";
import { severityFor } from "../policy.js";
import { fileName } from "../describe.js";
import type { EntityDraft } from "./entity-name.js";
import { lre } from "../../text/letters.js";

// this module's patterns with compact letter classes (src/text/letters.ts), compiled once
const LETTERS_RE_1 = lre(/^\p{Ll}/u);

const meta: RuleMeta = {
  id: "entity-title",
  kind: "entity-title",
  description: "A person's role or title given differently across or within sources.",
  defaultSeverity: "major",
  messages: {
    different: "{{name}} is \"{{ta}}\" in {{fa}} but \"{{tb}}\" in {{fb}}: different roles",
    variant: "{{name}} is \"{{ta}}\" in {{fa}} and \"{{tb}}\" in {{fb}}: the same role worded differently",
  },
};

type M = TitledMention & { sourceIndex: number };

/** The title and the name together ("Lt. Gov. Jane Doe", "Jane Doe, the lieutenant governor"); text is filled by the caller. */
const evidence = (m: M): Evidence => {
  const start = m.titleSpan && m.titleSpan.end <= m.span.start ? m.titleSpan.start : m.span.start;
  const end = m.titleSpan && m.titleSpan.start >= m.span.end ? m.titleSpan.end : m.span.end;
  return { source: m.span.source, start, end, text: "", normalized: { type: "entity", entity: m.entityId, kind: "person", title: m.title } };
};

const ORDER: RoleRelation[] = ["same", "variant", "different"];
function relationOf(a: Role[], b: Role[], rules: Rules): RoleRelation {
  const lex = peopleLexicon(rules);
  // a seat in a body against an office its members hold: "Councillor" and "Council president"
  // (an office some bodies' members only hold goes with those seats: a council's mayor, not a senator)
  const seatAndOffice = (x: Role, y: Role) => {
    if (!lex.bodyMembers.has(x.head) || !lex.bodyOffices.has(y.head)) return false;
    const seats = lex.bodyOffices.get(y.head);
    return !seats || seats.has(x.head);
  };
  // "Trust chairman" and "Trust President": whoever presides over the same body
  const presiding = (x: Role, y: Role) => x.head !== y.head && lex.presidingOffices.has(x.head) && lex.presidingOffices.has(y.head) && x.ranks.join() === y.ranks.join() && [...x.domain, ...x.bodies].some((d) => lex.orgWords.has(d) && [...y.domain, ...y.bodies].includes(d));
  let best: RoleRelation = "different";
  let compared = false;
  for (const x of a) for (const y of b) {
    // a past role ("former finance director") is compared only with another past role
    if (x.past !== y.past) continue;
    // a rank or standing ("Commander", "Prof") beside a post the person holds is no contradiction
    // (not with a rank of its own: a "chief scientist" holds a post)
    const standing = (r: Role) => lex.standingRoles.has(r.head) && !r.ranks.length;
    // (the same standing with a rank on one side is a rank apart: "leader" and "deputy leader")
    const postRanked = (r: Role) => r.ranks.length > 0 && r.ranks.every((k) => lex.postRanks.has(k));
    // (but a standing in a body named on both sides is one of its posts: "Council leader" and
    // "Council chief executive" are two posts of one council)
    // (rules/people.yaml standingOfficeBodies; not against a seat in it, "Councillor")
    const oneBody = !lex.bodyMembers.has(x.head) && !lex.bodyMembers.has(y.head) && [...x.domain, ...x.bodies].some((d) => lex.standingOfficeBodies.has(d) && [...y.domain, ...y.bodies].includes(d));
    if (standing(x) !== standing(y) && !(x.head === y.head && (postRanked(x) || postRanked(y))) && !oneBody) continue;
    compared = true;
    let r = seatAndOffice(x, y) || seatAndOffice(y, x) || presiding(x, y) ? "variant" : compareRoles(x, y);
    // a seat in a body named by its ward or by its level ("Harwood councillor", "district
    // councillor"): the same seat worded two ways more often than two seats
    if (r === "different" && x.head === y.head && lex.bodyMembers.has(x.head) && x.ranks.join() === y.ranks.join()) r = "variant";
    if (ORDER.indexOf(r) < ORDER.indexOf(best)) best = r;
  }
  return compared ? best : "same";
}

/**
 * The roles a title holds: "chairman and chief executive" holds two, but "minister for water and
 * environment" one, with a portfolio of two words (a part without a role word is not a role).
 */
function rolesOf(title: string, rules: Rules): Role[] {
  const parts = title.split(/\s+(?:and|&)\s+/);
  const roles = parts.map((t) => roleOf(t, rules));
  // ("a school cook and parish councillor": a first part with no role word is an
  // occupation the rules do not list, beside the role; "minister for canals and harbours": a
  // portfolio of two words)
  // ("Ports and Fisheries Minister" is one portfolio of capitalised words)
  if (parts.length > 1 && !roles[0] && LETTERS_RE_1.test(parts[0]) && roles.some((r) => !!r)) return roles.filter((r): r is Role => !!r);
  if (parts.length > 1 && roles.some((r) => !r)) {
    const whole = roleOf(title.replace(/\s+(?:and|&)\s+/g, " "), rules);
    return whole ? [whole] : [];
  }
  return roles.filter((r): r is Role => !!r);
}

/**
 * "chief", "Mountain rescue chief": a vague title written in lower case, alone or after words that end
 * in no role the rules know ("fire chief" is one; "Battalion Chief", capitalised, is a rank).
 */
function vagueTitle(title: string, lex: ReturnType<typeof peopleLexicon>): boolean {
  const words = title.trim().split(/\s+/);
  const last = words[words.length - 1];
  if (!lex.vagueTitles.has(last) || last !== last.toLowerCase()) return false;
  const lower = words.map((w) => w.toLowerCase());
  return ![2, 3].some((n) => n <= lower.length && lex.roleOf.has(lower.slice(-n).join(" ")));
}

export const entityTitle = {
  meta,
  check(entities: PersonEntity[], rules: Rules, textOf: (source: string) => string): EntityDraft[] {
    const out: EntityDraft[] = [];
    const lex = peopleLexicon(rules);
    for (const e of entities) {
      // "chairman and chief executive": a title may hold several roles; compare them all
      // one mention per title as written (its first): a title repeated by many sources is
      // compared once, and two mentions with the same title never disagree
      // (its first in each source, all of them evidence; the one named in the message is the
      // first by path, so the finding does not depend on the order of the sources: issue 7)
      const byTitle = new Map<string, M[]>();
      for (const m of e.mentions) {
        if (!m.title) continue;
        const list = byTitle.get(m.title) ?? byTitle.set(m.title, []).get(m.title)!;
        if (!list.some((x) => x.span.source === m.span.source)) list.push(m);
      }
      const canonical = (a: M, b: M) => (a.span.source < b.span.source ? -1 : a.span.source > b.span.source ? 1 : a.span.start - b.span.start);
      const titled = [...byTitle.values()]
        .map((all) => all.sort(canonical))
        .map((all) => ({ m: all[0], all, roles: rolesOf(all[0].title!, rules).filter((r) => !lex.statusRoles.has(r.head)) }))
        .filter((x) => x.roles.length > 0 && !vagueTitle(x.m.title!, lex))
        .sort((a, b) => canonical(a.m, b.m));
      // titles that name the same role form one class ("Fire Chief", "fire chief", "Local fire
      // chief"), each title joining the first class whose every title it matches; a different
      // title is compared with each class once, with all the class's mentions
      const list: Array<typeof titled> = [];
      for (const x of titled) {
        const home = list.find((c) => c.every((y) => relationOf(x.roles, y.roles, rules) === "same"));
        if (home) home.push(x);
        else list.push([x]);
      }
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          // the classes differ as much as their most different titles
          let rel: RoleRelation = "same";
          for (const x of list[i]) for (const y of list[j]) {
            const r = relationOf(x.roles, y.roles, rules);
            if (ORDER.indexOf(r) > ORDER.indexOf(rel)) rel = r;
          }
          if (rel === "same") continue;
          // a source giving the person both roles at once ("transport spokesperson and councillor
          // for Eastgate ward"): two roles held together, no contradiction
          const holds = (x: (typeof titled)[number], c: typeof titled) => c.some((y) => x.roles.some((r) => relationOf([r], y.roles, rules) === "same"));
          if (titled.some((x) => x.roles.length > 1 && holds(x, list[i]) && holds(x, list[j]))) continue;
          const a = list[i][0];
          const b = list[j][0];
          const claims = [...list[i], ...list[j]].flatMap((x) => x.all).map(evidence).map((c) => ({ ...c, text: textOf(c.source).slice(c.start, c.end) }));
          out.push({
            rule: meta.id,
            kind: "entity-title",
            severity: severityFor(rules, meta.id, rel, rel === "different" ? "major" : "minor"),
            message: formatMessage(meta, rel, { name: e.name, ta: a.m.title!, fa: fileName(a.m.span.source), tb: b.m.title!, fb: fileName(b.m.span.source) }),
            claims,
          });
        }
    }
    return out;
  },
};
