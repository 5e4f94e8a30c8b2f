// better-sqlite3, typed here with just what the store uses (the package ships no types, and the
// store is its only user). Version 12 is the one that runs on Node 20; 13 does not.
// The native module is loaded on first use, not at import: where it cannot load (an Electron
// whose ABI it was not built for), opening the memory fails with a message and nothing else does.
let BetterSqlite3: DatabaseConstructor | null = null;

export type SqlValue = string | number | bigint | null | Buffer;

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement<Row = Record<string, unknown>> {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): Row | undefined;
  all(...params: unknown[]): Row[];
  iterate(...params: unknown[]): IterableIterator<Row>;
}

export interface Transaction<A extends unknown[], R> {
  (...args: A): R;
  deferred(...args: A): R;
  immediate(...args: A): R;
  exclusive(...args: A): R;
}

export interface Database {
  readonly name: string;
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare<Row = Record<string, unknown>>(sql: string): Statement<Row>;
  exec(sql: string): Database;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): Transaction<A, R>;
  close(): void;
}

export interface DatabaseOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  timeout?: number;
}

type DatabaseConstructor = new (file: string, options?: DatabaseOptions) => Database;

/** An error from SQLite itself, with its code ('SQLITE_BUSY', 'SQLITE_NOTADB', ...). */
export interface SqliteError extends Error {
  code: string;
}

/** Duck-typed, not `instanceof`: the addon keeps the error class of the first realm that loaded it (jest runs each test file in its own). */
export function isSqliteError(err: unknown): err is SqliteError {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

export function openDatabase(file: string, options: DatabaseOptions = {}): Database {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  BetterSqlite3 ??= require('better-sqlite3') as DatabaseConstructor;
  return new BetterSqlite3(file, options);
}
