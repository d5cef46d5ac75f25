// Content-Security-Policy for the self-contained HTML report. Nothing may load from the
// network and only our own inline style and script may apply, identified by their SHA-256
// hashes: anything that slipped into the page from a source could not run or restyle it.
import { crypto } from "../crypto.js";

/** The CSP source expression for an inline block: 'sha256-<base64 of the UTF-8 bytes>'. */
export function cspHash(inlineText: string): string {
  return `'sha256-${crypto().createHash("sha256").update(inlineText, "utf8").digest("base64")}'`;
}

export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspHash(style)}`,
    `script-src ${cspHash(script)}`,
    // these two do not fall back to default-src
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
