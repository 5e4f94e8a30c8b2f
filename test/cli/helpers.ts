// Running the command in-process with captured stdout and stderr, and fixtures in a temp folder.
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

export class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  columns = 80;
  _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], options: { stderrTTY?: boolean } = {}): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = options.stderrTTY;
  const code = await main(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const SAMPLE = join(__dirname, '../../assets/samples/drone-attack');
export const SAMPLE_SOURCE = join(SAMPLE, 'fr.source.txt');
export const SAMPLE_TARGET = join(SAMPLE, 'en.mt.txt');

/** A temp folder for one test file; files written as Buffer or UTF-8 text. */
export class TmpDir {
  readonly path = mkdtempSync(join(tmpdir(), 'verso-cli-'));
  file(name: string, content: string | Uint8Array): string {
    const p = join(this.path, name);
    writeFileSync(p, content);
    return p;
  }
  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** A rule pack that flags "world" (source "monde") at the given severity: issues on demand. */
export function worldPack(severity: string): unknown {
  return {
    id: 'test-fr-en',
    kind: 'test',
    from: 'fr',
    to: 'en',
    entries: [
      {
        id: 'world',
        kind: 'test',
        severity,
        source: 'monde',
        target: 'world',
        fix: 'Earth',
        message: 'Test entry: "world" for "monde".',
        examples: {
          good: [{ source: 'Bonjour.', target: 'Hello.' }],
          bad: [{ source: 'Bonjour le monde.', target: 'Hello world.', flagged: 'world', fixed: 'Hello Earth.' }],
        },
      },
    ],
  };
}

/** Every stderr line is one "verso: ..." line and nothing looks like a stack trace. */
export function oneErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^verso: /);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}
