/**
 * A part of the benchmark that did not run: its own file, so the measuring parts and the report can
 * both name it without importing each other.
 */

/** A part of the benchmark that did not run, and why. */
export interface NotRun {
  readonly notRun: string;
}
