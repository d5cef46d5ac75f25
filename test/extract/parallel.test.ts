// How many extraction threads a check uses when --jobs is not given: one fewer than the cores.
import { defaultJobs } from "../../src/extract/parallel.js";

describe("defaultJobs", () => {
  test.each([
    [1, 1],
    [2, 1],
    [4, 3],
    [16, 15],
  ])("%i cores → %i threads", (cores, jobs) => {
    expect(defaultJobs(cores)).toBe(jobs);
  });
});
