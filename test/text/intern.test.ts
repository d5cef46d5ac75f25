import { sharedInterval, sharedNumbers, sharedWords } from "../../src/text/intern.js";
import { extractSource } from "../../src/pipeline.js";
import { rules, sourceOf } from "../helpers/source.js";

describe("shared values", () => {
  it.each([
    [["fire", "acre"], ["fire", "acre"], true],
    [["fire", "acre"], ["acre", "fire"], false],
    [["fire"], ["fire", ""], false],
    [["a\u0001b"], ["a", "b"], false],
  ])("words %j and %j share one copy: %s", (a, b, same) => {
    expect(sharedWords(a) === sharedWords(b)).toBe(same);
    expect(sharedWords(a)).toEqual(a);
  });

  it("gives frozen copies, so a caller cannot change what other claims hold", () => {
    const words = ["contain", "blaze"];
    const shared = sharedWords(words);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(() => (shared as string[]).push("x")).toThrow(TypeError);
    words.push("x"); // the caller's own list stays its own
    expect(sharedWords(["contain", "blaze"])).toEqual(["contain", "blaze"]);
    expect(sharedNumbers([3, 1])).toBe(sharedNumbers([3, 1]));
    expect(sharedNumbers([3, 1])).not.toBe(sharedNumbers([3, 1.5]));
  });

  it("tells open ends from closed ones", () => {
    const a = sharedInterval({ low: 25.5, high: 26.5, lowOpen: false, highOpen: true });
    const b = sharedInterval({ low: 25.5, high: 26.5, lowOpen: false, highOpen: false });
    expect(a).not.toBe(b);
    expect(sharedInterval({ low: 25.5, high: 26.5, lowOpen: false, highOpen: true })).toBe(a);
  });

  it("is what claims of the same figure about the same thing hold", () => {
    const text = "Fire grows\n\nThe blaze was 26 percent contained on Thursday.\n\nBy evening the blaze was 26 percent contained.\n";
    const { claims } = extractSource(sourceOf(text), 0, rules, new Set());
    expect(claims).toHaveLength(2);
    expect(claims[0].measure).toContain("contain");
    expect(claims[0].measure).toBe(claims[1].measure);
    expect(claims[0].interval).toBe(claims[1].interval);
    expect(claims[0].qualifiers).toBe(claims[1].qualifiers);
  });
});
