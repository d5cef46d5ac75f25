// Text inside a regular expression: rule words and names are matched as written.

/** `s` with every character that means something in a regular expression escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
