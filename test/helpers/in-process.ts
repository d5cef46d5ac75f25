import { main, type Io } from "../../src/cli/main.js";

/** Runs the CLI's main() in this process with captured output (faster than spawning the binary). */
export async function cli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false, cwd };
  const code = await main(args, io);
  return { code, out, err };
}
