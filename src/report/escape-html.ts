// Escaping for the HTML report. Source text is untrusted (an article may hold `<script>`,
// event-handler attributes or `javascript:` links): every character that could open a tag,
// an entity or close an attribute is replaced, so the markup shows as text.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe both as element content and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
