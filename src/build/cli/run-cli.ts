/** Runs a command-line tool so that any failure ends in one line and exit code 1, never a stack trace. */

/** The first line of an error's message: what went wrong, without the trace. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.trim() || "unknown error";
}

/** Calls `main`; an exception becomes `<name>: <message>` on stderr and exit code 1. */
export async function runCli(name: string, main: () => void | Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`${name}: ${oneLine(error)}`);
    process.exit(1);
  }
}
