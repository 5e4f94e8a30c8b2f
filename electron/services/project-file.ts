// The shape of a saved review (ProjectFile), checked wherever one crosses a boundary: from the
// renderer before it is written, from disk before it is handed back. Only the structure is checked
// here; reopening (fromProject in the core) checks that the alignment fits the texts.
import type { ProjectFile } from '../../src/core/review/project';

export class ProjectShapeError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function fail(what: string): never {
  throw new ProjectShapeError(what);
}

/** Returns the value as a ProjectFile, or throws a ProjectShapeError saying what is wrong. */
export function checkProject(value: unknown): ProjectFile {
  if (!isObject(value)) fail('not a Verso project (not a JSON object)');
  if (value.format !== 'verso-project') fail('not a Verso project (no "format": "verso-project")');
  if (value.version !== 1) fail(`a Verso project of version ${String(value.version).slice(0, 20)}, which this version cannot open (it reads version 1)`);
  for (const key of ['savedAt', 'from', 'to', 'sourceName', 'targetName', 'sourceText', 'targetText'] as const) {
    if (!isString(value[key])) fail(`damaged project: "${key}" is not text`);
  }
  const { alignment, targets, rejected, reviewed, decisions } = value;
  if (!Array.isArray(alignment)) fail('damaged project: "alignment" is not a list');
  alignment.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== 6 || !isString(row[0]) || !row.slice(1, 5).every(isInt) || typeof row[5] !== 'number') {
      fail(`damaged project: alignment row ${i + 1} is not [id, start, count, start, count, confidence]`);
    }
  });
  if (!Array.isArray(targets) || !targets.every(isString)) fail('damaged project: "targets" is not a list of texts');
  if (targets.length !== alignment.length) fail('damaged project: segment texts do not match the alignment');
  if (!isObject(rejected) || !Object.values(rejected).every(isString)) fail('damaged project: "rejected" is not a map of texts');
  if (!Array.isArray(reviewed) || !reviewed.every((b) => typeof b === 'boolean')) fail('damaged project: "reviewed" is not a list of true/false');
  if (!Array.isArray(decisions)) fail('damaged project: "decisions" is not a list');
  decisions.forEach((d, i) => {
    if (!isObject(d) || !['accept', 'reject', 'edit'].includes(d.kind as string) || !isString(d.segment) || !isString(d.before) || !isString(d.at)) {
      fail(`damaged project: decision ${i + 1} is incomplete`);
    }
  });
  return value as unknown as ProjectFile;
}
