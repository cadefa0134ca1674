/** The error every importer throws for malformed input: one message listing each bad record. */

/** Malformed source data; `problems` names each bad record (code, line or feature). */
export class ImportError extends Error {
  override name = "ImportError";
  /** One line per bad record. */
  readonly problems: readonly string[];

  constructor(source: string, problems: readonly string[]) {
    // Cap the message so a wholly wrong file gives a readable error, not thousands of lines.
    const shown = problems.slice(0, 20);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    super(
      problems.length === 1
        ? `${source}: ${problems[0]}`
        : `${source}: ${problems.length} problem(s)\n  ${shown.join("\n  ")}${more}`,
    );
    this.problems = problems;
  }
}

/** Throws an ImportError when any problems were collected. */
export function throwIfProblems(source: string, problems: readonly string[]): void {
  if (problems.length > 0) throw new ImportError(source, problems);
}
