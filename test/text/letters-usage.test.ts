// Every pattern in src/ that says \p{L}, \p{Lu} or \p{Ll} goes through src/text/letters.ts:
// one written plainly compiles the full Unicode class again (see the README, start-up).
import ts from "typescript";
import { readFileSync } from "node:fs";
import { globSync } from "tinyglobby";
import { fileURLToPath } from "node:url";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const PROPERTY = /\\p\{L[ul]?\}/;

function plainPatterns(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const calls = (n: ts.Node, name: string) => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name;
  const visit = (n: ts.Node): void => {
    const where = () => `${file.slice(SRC.length)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral && PROPERTY.test(n.getText(sf)) && !calls(n.parent, "lre")) out.push(`${where()} ${n.getText(sf).slice(0, 40)}`);
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === "RegExp" && n.arguments?.length) {
      const a = n.arguments[0]!;
      if (a.kind !== ts.SyntaxKind.RegularExpressionLiteral && /p\{L/.test(a.getText(sf)) && !calls(a, "compactLetters")) out.push(`${where()} new RegExp(${a.getText(sf).slice(0, 40)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

test("no pattern in src/ compiles a letter property class as written", () => {
  const files = globSync(["**/*.ts"], { cwd: SRC, absolute: true }).filter((f) => !f.endsWith("letters.ts"));
  expect(files.length).toBeGreaterThan(20);
  expect(files.flatMap(plainPatterns)).toEqual([]);
});
