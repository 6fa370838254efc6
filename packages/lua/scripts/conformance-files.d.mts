// Types for conformance-files.mjs, so TypeScript tests can import it under strict settings.

/** One recorded conformance program; see listConformance in conformance-files.mjs. */
export interface ConformanceProgram {
  /** Path below the corpus root without `.lua`, with `/` separators, e.g. `arith/modulo`. */
  name: string;
  /** Absolute path of the program's folder, which must be the working directory when it runs. */
  dir: string;
  /** The program's file name, e.g. `modulo.lua`. */
  file: string;
  /** Expected standard output. */
  stdout: string;
  /** Expected standard error with the interpreter name normalised to `lua: `; '' when none. */
  stderr: string;
  /** Expected exit status; 0 when none was recorded. */
  status: number;
}

export function findLuaFiles(rootDir: string): string[];
export function listConformance(rootDir: string): ConformanceProgram[];
