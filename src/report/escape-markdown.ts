// Escaping text that comes from sources before it goes into Markdown. Everything we quote
// sits after our own words on a line (never at its start), so only inline syntax matters:
// emphasis, code, links, raw HTML, entities, GFM tables and strikethrough, and GitHub's
// `$…$` maths, which would swallow dollar amounts in news copy.

const INLINE_SPECIALS = /[\\`*_[\]<>|~&$]/g;

/** Source or message text as literal Markdown inline text, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(INLINE_SPECIALS, (c) => "\\" + c);
}

/** A code span that holds any text: the fence is longer than any backtick run inside it. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return fence + pad + flat + pad + fence;
}
