// A finding's identity across runs, for SARIF partialFingerprints and (later) baselines.
// It hashes what the finding is about (rule, kind, and each claim's source, wording and
// normalized reading), never where it stands, so edits elsewhere in a file keep it.
import { crypto } from "../crypto.js";
import type { Evidence, Finding } from "../types.js";

/** The partialFingerprints key; bump the version when the hashed fields change. */
export const FINGERPRINT_KEY = "factdiffFinding/v1";

function normalizedWording(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * A claim as the fingerprint sees it: no offsets, wording reflowed, and the reading that says
 * what it states (a quantity's value and unit, an entity's id), not derived detail such as
 * intervals or periods, which move when rules are tuned.
 */
function claimKey(c: Evidence): string {
  const n = c.normalized ?? {};
  const value = "value" in n ? n.value : "low" in n ? [n.low, n.high] : null;
  return JSON.stringify([c.source, normalizedWording(c.text), n.type ?? null, value ?? null, n.unit ?? null, n.entity ?? null]);
}

/** Hex SHA-256 (first 128 bits) of the rule, the kind and the claims in a fixed order. */
export function findingFingerprint(finding: Pick<Finding, "rule" | "kind" | "claims">): string {
  const claims = finding.claims.map(claimKey).sort();
  return crypto().createHash("sha256")
    .update(JSON.stringify([finding.rule, finding.kind, claims]))
    .digest("hex")
    .slice(0, 32);
}

/**
 * Fingerprints for every finding of a report, in order. Two findings that hash alike (the
 * same wording twice in a file) get ":2", ":3"… in report order, as GitHub does for its own
 * line hashes, so each stays distinct.
 */
export function fingerprintsOf(findings: Pick<Finding, "rule" | "kind" | "claims">[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const fp = findingFingerprint(f);
    const n = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, n);
    return n === 1 ? fp : `${fp}:${n}`;
  });
}
