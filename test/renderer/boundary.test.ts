// The renderer runs sandboxed, without Node: it may import nothing from Node or Electron, and
// reaches the outside world only through the ReviewApi. Checked by reading the imports.
import * as fs from 'fs';
import * as path from 'path';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const builtins = new Set(require('module').builtinModules as string[]);
const root = path.join(__dirname, '../../src/renderer');

describe('src/renderer imports', () => {
  for (const file of sourceFiles(root)) {
    it(`${path.relative(root, file)} imports no Node or Electron module and nothing from the shell`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = imports.filter((m) => /^node:|^electron$/.test(m) || builtins.has(m) || /(^|\/)(electron|server|host|cli)\//.test(m));
      expect(bad).toEqual([]);
    });
  }

  it('the page has a strict Content Security Policy and nothing inline', () => {
    const { CSP } = require('../../scripts/build-renderer.js') as { CSP: string };
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
    expect(CSP).toContain("worker-src 'self'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
