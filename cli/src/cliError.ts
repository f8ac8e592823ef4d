/** An error the user can act on: printed in Vietnamese on stderr, with an exit code (2 = bad input). */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
