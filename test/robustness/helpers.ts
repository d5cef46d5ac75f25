// Helpers for the robustness tests (issue 7): run the built CLI (optionally as an unprivileged
// user, so permission cases work under root too), make temp folders, and fingerprint every
// input file so a test can prove a run wrote to none of them.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/cli.js";

export { BIN, ROOT };

/** The unprivileged user permission tests run as when the suite runs as root. */
export const NOBODY = 65534;
export const isRoot = process.getuid?.() === 0;

/**
 * Whether permission cases can be tested: not root, or root able to run the CLI as the
 * unprivileged user (a checkout inside a folder only root may enter cannot be).
 */
export const permissionsTestable =
  !isRoot || spawnSync(process.execPath, [BIN, "--version"], { uid: NOBODY, gid: NOBODY, cwd: "/", encoding: "utf8" }).status === 0;

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/factdiff.js with `args`; `asNobody` drops to an unprivileged user when root. */
export function cli(args: string[], opts: { cwd?: string; input?: string | Buffer; asNobody?: boolean; env?: Record<string, string>; timeout?: number } = {}): RunResult {
  const o: SpawnSyncOptions = {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...opts.env },
    maxBuffer: 1 << 28,
    timeout: opts.timeout ?? 60_000,
  };
  if (opts.asNobody && isRoot) Object.assign(o, { uid: NOBODY, gid: NOBODY });
  const r = spawnSync(process.execPath, [BIN, ...args], o);
  return { code: r.status, signal: r.signal, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? "") };
}

const made: string[] = [];

/** A new temp folder (readable by the unprivileged user too); removed by `cleanTemp`. */
export function temp(prefix = "factdiff-robust-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

export function cleanTemp(): void {
  for (const d of made.splice(0)) {
    // give back any permission a test took away, then remove
    const open = (p: string) => {
      try {
        const st = lstatSync(p);
        if (st.isSymbolicLink()) return;
        chmodSync(p, st.isDirectory() ? 0o755 : 0o644);
        if (st.isDirectory()) for (const n of readdirSync(p)) open(join(p, n));
      } catch {
        // gone already
      }
    };
    open(d);
    rmSync(d, { recursive: true, force: true });
  }
}

/** Path → sha256, mode and mtime of every regular file under `paths` (files or folders). */
export function fingerprintFiles(paths: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (p: string) => {
    const st = lstatSync(p);
    if (st.isDirectory()) {
      for (const n of readdirSync(p).sort()) visit(join(p, n));
      out.set(p, `dir ${st.mode} ${readdirSync(p).sort().join("/")}`);
    } else if (st.isFile()) {
      let hash = "unreadable";
      try {
        hash = createHash("sha256").update(readFileSync(p)).digest("hex");
      } catch {
        // a file the test made unreadable: mode and mtime still tell a write
      }
      out.set(p, `${hash} ${st.mode} ${st.size} ${st.mtimeMs}`);
    } else out.set(p, `other ${st.mode}`);
  };
  for (const p of paths) visit(p);
  return out;
}

/** The paths of stderr lines that are warnings ("factdiff: warning: PATH: ..."). */
export function warnings(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("factdiff: warning: "));
}
