// Rule words and names inside regular expressions are matched as written.
import { escapeRegExp } from "../../src/text/regex.js";

test.each(["U.S. Attorney", "C$", "(Corvex)", "a+b", "[draft]", "x*y?", "^start$", "back\\slash", "{1,2}", "a|b"])("%s matches itself only", (s) => {
  const re = new RegExp(`^${escapeRegExp(s)}$`);
  expect(re.test(s)).toBe(true);
  expect(re.test(`${s}!`)).toBe(false);
});
