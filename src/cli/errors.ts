// Every way the command can refuse: one line on stderr, exit status 2, never a stack trace.

export const EXIT_OK = 0;
export const EXIT_ISSUES = 1;
export const EXIT_ERROR = 2;

/** Something wrong with the command line itself (flags, values, combinations). */
export class UsageError extends Error {
  readonly exitCode = EXIT_ERROR;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file that cannot be read or is not what it should be; names the file and, where known, the line. */
export class InputError extends Error {
  readonly exitCode = EXIT_ERROR;
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The one stderr line for an error (no trailing newline). */
export function formatError(err: unknown): string {
  if (err instanceof InputError) {
    const where = err.line !== undefined ? `${err.file}:${err.line}` : err.file;
    return `verso: ${where}: ${err.message}`;
  }
  if (err instanceof UsageError) return `verso: ${err.message} (see verso --help)`;
  const message = err instanceof Error ? err.message : String(err);
  return `verso: internal error: ${message.split('\n')[0]}`;
}

/** Turns a Node file-system error into words a user can act on. */
export function describeFsError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(file, 'no such file');
    case 'EISDIR':
      return new InputError(file, 'is a directory, not a file');
    case 'EACCES':
    case 'EPERM':
      return new InputError(file, 'permission denied');
    case 'ENOTDIR':
      return new InputError(file, 'a part of the path is not a directory');
    default:
      return new InputError(file, `cannot read: ${(err as Error)?.message ?? String(err)}`);
  }
}
