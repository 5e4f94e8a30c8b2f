// One clear message per bad file, naming the file and, where known, the line and column. A
// FormatError is an InputError, so the command line prints it as `verso: FILE:LINE: message`
// and exits 2 like any other unreadable input.
import { InputError } from '../cli/errors';

export class FormatError extends InputError {
  constructor(
    file: string,
    message: string,
    line?: number,
    readonly column?: number,
  ) {
    super(file, message, line);
    this.name = 'FormatError';
  }

  /** "file:line:column" (as much as is known), as compilers and editors write a place. */
  where(): string {
    if (this.line === undefined) return this.file;
    return this.column !== undefined ? `${this.file}:${this.line}:${this.column}` : `${this.file}:${this.line}`;
  }

  /** The whole message on one line: "file:line:column: message". */
  describe(): string {
    return `${this.where()}: ${this.message}`;
  }
}

/** A reviewed file that cannot be written in the chosen format (e.g. an inline tag left unclosed). */
export class ExportError extends Error {
  constructor(
    message: string,
    /** Ids of the units at fault. */
    readonly units: string[] = [],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
