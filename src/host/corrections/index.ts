// The corrections memory on disk (Node only): the SQLite store, its file formats and its place.
export { openCorrections, lazyCorrections, CorrectionsStore, type CorrectionsAccess, CorrectionsError, detectFormat, PHRASES_VERSION, type StoreOptions } from './store';
export { MIGRATIONS, SCHEMA_VERSION, migrate, schemaVersion } from './schema';
export { correctionsDbPath, CORRECTIONS_FILE } from './paths';
export { writeTmx, readTmx } from './tmx';
export { writeCsv, readCsv } from './csv';
export { writeJsonl, readJsonl, type ExchangeRecord } from './exchange';
