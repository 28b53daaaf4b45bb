// An error the CLI prints as a plain message (no stack) with a non-zero exit code.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
