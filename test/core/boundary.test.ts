// The engine must run in Node, in the renderer and in a worker: it may import nothing from
// Node, Electron, React or the DOM. Checked by reading the imports, not hoped for.
import * as fs from 'fs';
import * as path from 'path';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const forbidden = /^(node:|fs$|path$|os$|child_process$|electron$|react|react-dom)/;
const builtins = new Set(require('module').builtinModules as string[]);

describe('src/core imports', () => {
  const root = path.join(__dirname, '../../src/core');
  for (const file of sourceFiles(root)) {
    it(`${path.relative(root, file)} imports no Node, Electron, React or DOM module`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = imports.filter((m) => forbidden.test(m) || builtins.has(m));
      expect(bad).toEqual([]);
      expect(text).not.toMatch(/\bwindow\.\w|\bdocument\.(body|getElement|querySelector|createElement|addEventListener)/);
    });
  }
});
