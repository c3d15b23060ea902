// Types for build-freshness.mjs (plain JavaScript so `npm start` runs it without a build).
export interface BuildPart {
  readonly name: string;
  readonly script: string;
  readonly inputs: readonly string[];
  readonly output: string;
  readonly env: RegExp | null;
}
export interface PartStamp {
  readonly newestMs: number;
  readonly files: number;
  readonly settings: Readonly<Record<string, string | undefined>>;
}
export const buildParts: readonly BuildPart[];
export const stampPath: string;
export function sourcesOf(root: string, part: BuildPart): Array<[string, number]>;
export function stampOf(
  root: string,
  part: BuildPart,
  env: NodeJS.ProcessEnv,
  sources?: Array<[string, number]>,
): PartStamp;
export function readStamps(root: string): Record<string, PartStamp>;
export function writeStamps(root: string, stamps: Record<string, PartStamp>): void;
export function reasonToBuild(
  root: string,
  part: BuildPart,
  env: NodeJS.ProcessEnv,
  stamp: PartStamp | undefined,
): string | null;
