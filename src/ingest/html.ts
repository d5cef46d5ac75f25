// ingest (HTML): an article page → its main text, with an offset map back into the file.
//
// The page is parsed with htmlparser2 (entities left as written, so every text node is an
// exact slice of the file); the main content is the article body (itemprop=articleBody, an
// <article>, <main> or role=main, else the element whose paragraphs hold the most text), with
// navigation, asides, scripts, forms and boilerplate-looking blocks (class or id naming a
// menu, share bar, footer...) left out. Blocks become paragraphs separated by a blank line,
// runs of white space one space, entities their characters; the article's headline (its first
// <h1>) is the first line. The page's <title>, og:* and article:* metadata fill SourceMeta.
//
// Every character of the extracted text remembers the file range it came from (an entity such
// as &amp; maps to the whole entity; a collapsed run of white space to its first character; a
// paragraph break to the place between the blocks). A span of the extracted text is reported as
// the file range from its first character's start to its last character's end, with its text
// taken from the file: `fileText.slice(start, end) === text` holds on the original bytes. So a
// claim written across markup ("<b>28</b>%") or with an entity ("AT&amp;T") is reported with
// the markup as it stands in the file.
import { parseDocument } from "htmlparser2";
import { decodeHTML, decodeHTMLAttribute } from "entities";
import type { Evidence, Source, SourceMeta, SourceOrigin, Span } from "../types.js";

/** A parsed node, as much of domhandler's shape as is read here. */
interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
  startIndex: number | null;
  endIndex: number | null;
  parent?: Node | null;
}

export const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml"]);

/** An HTML article by its name, or (stdin) by how it starts. */
export function isHtml(path: string, text: string): boolean {
  const dot = path.lastIndexOf(".");
  if (dot >= 0 && HTML_EXTENSIONS.has(path.slice(dot).toLowerCase())) return true;
  return path === "-" && /^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 1000));
}

const SKIP = new Set([
  "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "nav", "aside", "form", "button", "select", "input", "textarea", "label", "dialog", "menu",
]);
/** Page furniture outside the chosen container; inside an article a header often holds the headline. */
const FURNITURE = new Set(["header", "footer"]);
const BLOCK = new Set([
  "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "ul",
  "caption", "details", "summary",
]);
const LINE = new Set(["br", "tr", "td", "th"]);
const BOILERPLATE = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|sidebar|share|sharing|social|promo|advert|ads?|sponsor|related|recommend\w*|newsletter|subscribe|cookie|consent|comments?|byline-tools|toolbar|skip|masthead|paywall|popup|modal)(?:$|[\s_-])/i;

const isElement = (n: Node) => n.type === "tag" || n.type === "script" || n.type === "style";
const attr = (n: Node, name: string) => {
  const v = n.attribs?.[name];
  return v === undefined ? undefined : decodeHTMLAttribute(v);
};

function hidden(n: Node): boolean {
  if (!n.attribs) return false;
  if ("hidden" in n.attribs || attr(n, "aria-hidden") === "true") return true;
  const style = attr(n, "style");
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attr(n, "role");
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|dialog|alert)$/.test(role)) return true;
  const cls = `${attr(n, "class") ?? ""} ${attr(n, "id") ?? ""}`;
  return BOILERPLATE.test(cls);
}

// Traversals are iterative (an explicit stack), so a page nested thousands deep cannot
// overflow the call stack.

/** The elements under n, in document order. */
function elements(n: Node): Node[] {
  const out: Node[] = [];
  const stack = [...(n.children ?? [])].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    out.push(c);
    for (let i = (c.children?.length ?? 0) - 1; i >= 0; i--) stack.push(c.children![i]);
  }
  return out;
}

/** Text under a node, entities decoded; `skip` says which elements to leave out. */
function textUnder(n: Node, skip: (e: Node) => boolean): string {
  let out = "";
  const stack = [n];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === "text") out += decodeHTML(c.data ?? "");
    else if (c === n || c.type === "cdata" || (isElement(c) && !skip(c))) for (let i = (c.children?.length ?? 0) - 1; i >= 0; i--) stack.push(c.children![i]);
  }
  return out;
}

/** Text of a node as written (entities decoded), skipping what is never content. */
function plainText(n: Node): string {
  if (isElement(n) && (SKIP.has(n.name ?? "") || hidden(n))) return "";
  return textUnder(n, (e) => SKIP.has(e.name ?? "") || hidden(e));
}

const words = (s: string) => s.replace(/\s+/g, " ").trim();

/** The element holding the article's text. */
function mainContainer(root: Node): Node {
  const all = elements(root).filter((e) => !hidden(e));
  // (a few candidates of each kind: a page of nested <article>s must not cost their square)
  const biggest = (list: Node[]) => list.slice(0, 25).map((e) => ({ e, n: paragraphText(e) })).sort((a, b) => b.n - a.n)[0];
  for (const pick of [
    all.filter((e) => attr(e, "itemprop") === "articleBody"),
    all.filter((e) => e.name === "article"),
    all.filter((e) => e.name === "main" || attr(e, "role") === "main"),
  ]) {
    const best = pick.length ? biggest(pick) : undefined;
    if (best && best.n >= 80) return best.e;
  }
  // the parent of the paragraphs with the most text (Readability's idea, much simplified)
  const score = new Map<Node, number>();
  for (const p of all) {
    if (p.name !== "p" || !p.parent) continue;
    const n = words(plainText(p)).length;
    if (n < 25) continue;
    score.set(p.parent, (score.get(p.parent) ?? 0) + n);
    if (p.parent.parent) score.set(p.parent.parent, (score.get(p.parent.parent) ?? 0) + n / 2);
  }
  const best = [...score].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 80) return best[0];
  return all.find((e) => e.name === "body") ?? root;
}

function paragraphText(e: Node): number {
  let n = 0;
  for (const p of elements(e)) if (p.name === "p") n += words(plainText(p)).length;
  return n || words(plainText(e)).length / 4;
}

const inside = (n: Node, container: Node) => {
  for (let p: Node | null | undefined = n; p; p = p.parent) if (p === container) return true;
  return false;
};

class Builder {
  text = "";
  starts: number[] = [];
  ends: number[] = [];
  /** Where the last character came from: a break is placed there. */
  private at = 0;
  private pendingBreak: "" | "\n" | "\n\n" = "";
  private space = false;

  constructor(private readonly file: string) {}

  private push(ch: string, start: number, end: number): void {
    this.text += ch;
    for (let i = 0; i < ch.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.at = end;
  }

  brk(kind: "\n" | "\n\n"): void {
    if (!this.text) return;
    if (kind === "\n\n" || !this.pendingBreak) this.pendingBreak = kind;
    this.space = false;
  }

  /** Raw text of the file at [start, end): entities decoded, white space collapsed. */
  raw(start: number, end: number): void {
    const s = this.file.slice(start, end);
    // HTML's white space is ASCII only: a no-break space (U+00A0, &nbsp;) is kept as it is
    const re = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)|[ \t\n\r\f]+|[^& \t\n\r\f]+|&/g;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const from = start + m.index;
      const tok = m[0];
      if (/^[ \t\n\r\f]/.test(tok)) {
        if (this.text && !this.pendingBreak) this.space = true;
        this.spaceAt = from;
        continue;
      }
      const decoded = tok[0] === "&" ? decodeHTML(tok) : tok;
      if (/^[ \t\n\r\f]+$/.test(decoded)) {
        // &#10; and friends: white space like any other
        if (this.text && !this.pendingBreak) this.space = true;
        this.spaceAt = from;
        continue;
      }
      this.flush();
      if (tok[0] === "&") this.push(decoded, from, from + tok.length);
      else for (let i = 0; i < tok.length; i++) this.push(tok[i], from + i, from + i + 1);
    }
  }

  private spaceAt = 0;

  private flush(): void {
    if (this.pendingBreak) {
      for (const ch of this.pendingBreak) this.push(ch, this.at, this.at);
      this.pendingBreak = "";
      this.space = false;
    } else if (this.space) {
      this.push(" ", this.spaceAt, this.spaceAt + 1);
      this.space = false;
    }
  }
}

/** Writes the text under n into out: blocks as paragraphs, table cells and <br> as lines. */
function walk(root: Node, out: Builder, top: boolean): void {
  // entries: a node to enter (with whether it is page level), or the block to close
  const stack: ({ n: Node; top: boolean } | { close: "\n" | "\n\n" })[] = [{ n: root, top }];
  while (stack.length) {
    const e = stack.pop()!;
    if ("close" in e) {
      out.brk(e.close);
      continue;
    }
    const n = e.n;
    if (n.type === "text") {
      if (n.startIndex !== null && n.endIndex !== null) out.raw(n.startIndex, n.endIndex + 1);
      continue;
    }
    const name = n.name ?? "";
    if (n.type !== "cdata" && n !== root && (!isElement(n) || SKIP.has(name) || hidden(n) || (e.top && FURNITURE.has(name)))) continue;
    if (n === root && isElement(n) && (SKIP.has(name) || hidden(n))) continue;
    const block = BLOCK.has(name);
    if (block) out.brk("\n\n");
    else if (LINE.has(name)) out.brk("\n");
    if (block) stack.push({ close: "\n\n" });
    else if (name === "td" || name === "th") stack.push({ close: "\n" });
    const childTop = e.top && name !== "article";
    for (let i = (n.children?.length ?? 0) - 1; i >= 0; i--) stack.push({ n: n.children![i], top: childTop });
  }
}

function metaOf(root: Node, headline: string | undefined): SourceMeta {
  const meta: SourceMeta = {};
  const content: Record<string, string> = {};
  let titleTag: string | undefined;
  let canonical: string | undefined;
  let timeTag: string | undefined;
  for (const e of elements(root)) {
    if (e.name === "meta") {
      const key = (attr(e, "property") ?? attr(e, "name") ?? attr(e, "itemprop") ?? "").toLowerCase();
      const value = attr(e, "content");
      if (key && value && !(key in content)) content[key] = value.trim();
    } else if (e.name === "title" && titleTag === undefined) titleTag = words(plainTextAll(e));
    else if (e.name === "link" && (attr(e, "rel") ?? "").split(/\s+/).includes("canonical")) canonical ??= attr(e, "href");
    else if (e.name === "time" && timeTag === undefined) timeTag = attr(e, "datetime");
  }
  const title = headline || content["og:title"] || titleTag;
  if (title) meta.title = title;
  const outlet = content["og:site_name"] || content["publisher"] || content["application-name"];
  if (outlet) meta.outlet = outlet;
  const published = [content["article:published_time"], content["datepublished"], content["pubdate"], content["publishdate"], content["date"], content["dc.date"], content["dc.date.issued"], timeTag].find((d) => d && /^\d{4}-\d{2}-\d{2}/.test(d.trim()));
  if (published) meta.published = published.trim().slice(0, 10);
  const url = canonical || content["og:url"];
  if (url) meta.url = url;
  return meta;
}

function plainTextAll(n: Node): string {
  return textUnder(n, () => false);
}

export interface HtmlText {
  /** The article's text: headline, then paragraphs separated by blank lines. */
  text: string;
  meta: SourceMeta;
  /** Per UTF-16 unit of `text`: the file range it came from. */
  starts: Int32Array;
  ends: Int32Array;
}

/** Extracts an article's main text from an HTML page, keeping where each character came from. */
export function extractHtml(html: string): HtmlText {
  const root = parseDocument(html, { withStartIndices: true, withEndIndices: true, decodeEntities: false }) as unknown as Node;
  const container = mainContainer(root);
  const out = new Builder(html);
  // the headline: the container's first <h1>, else the page's first visible one
  const h1s = elements(root).filter((e) => e.name === "h1" && ![...ancestors(e)].some((a) => hidden(a) || SKIP.has(a.name ?? "")));
  const inner = h1s.find((h) => inside(h, container));
  const headline = inner ?? h1s[0];
  if (headline && !inner) {
    walk(headline, out, false);
    out.brk("\n\n");
  }
  walk(container, out, container.name === "body" || container === root);
  return {
    text: out.text,
    meta: metaOf(root, headline ? words(plainText(headline)) : undefined),
    starts: Int32Array.from(out.starts),
    ends: Int32Array.from(out.ends),
  };
}

function* ancestors(n: Node): Generator<Node> {
  for (let p = n.parent; p; p = p.parent) yield p;
}

/** The file range of [start, end) of an extracted text: first character's start to last character's end. */
export function fileRange(origin: SourceOrigin, start: number, end: number): { start: number; end: number } {
  const n = origin.starts.length;
  if (!n) return { start: 0, end: 0 };
  const a = Math.min(Math.max(start, 0), n - 1);
  const b = Math.min(Math.max(end - 1, a), n - 1);
  const s = origin.starts[a];
  return { start: s, end: Math.max(s, origin.ends[b]) };
}

/** A span of an extracted source as it stands in the file (text re-read from the file). */
export function toFileSpan<T extends Span>(source: Pick<Source, "origin">, span: T): T {
  const origin = source.origin;
  if (!origin) return span;
  const r = fileRange(origin, span.start, span.end);
  return { ...span, start: r.start, end: r.end, text: origin.text.slice(r.start, r.end) };
}

/** Evidence of findings mapped back into their files, for every source that was extracted. */
export function evidenceInFiles(claims: Evidence[], byPath: Map<string, Pick<Source, "origin">>): Evidence[] {
  return claims.map((c) => {
    const s = byPath.get(c.source);
    return s?.origin ? toFileSpan(s, c) : c;
  });
}
