// Types for bench/fuzz-inputs.mjs (used by the robustness tests).
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;
export function corpus(): { name: string; sources: { path: string; text: string }[] }[];
export function articleText(size: number, seed?: number): string;
export const MUTATIONS: Record<string, (text: string, r: Rng) => string>;
export function mutate(text: string, r: Rng): { text: string; applied: string[] };
export function randomText(r: Rng, length: number): string;
export const ADVERSARIAL: Record<string, (n: number) => string>;
export function adversarial(kind: string, n: number): string;
