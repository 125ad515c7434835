/** The import-cycle check run by `npm run lint`: it must see every kind of import, and exempt only what it lists exactly. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { findCycles } from './no-cycles.mjs';

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'no-cycles-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('a cycle fails lint', () => {
  it('finds a cycle through a type-only import, a re-export and a lazy import, in src/ and in packages/', () => {
    const root = project({
      'src/a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'src/b.ts': "export * from './c';\nexport type B = string;\n",
      'src/c.ts': "export const load = () => import('./a');\n",
      'src/leaf.ts': "import type { A } from './a';\nexport type L = A;\n",
      'packages/sim/src/x.ts': "import { y } from './y.ts';\nexport const x = y;\n",
      'packages/sim/src/y.ts': "import { x } from './x.ts';\nexport const y = () => x;\n",
    });
    const found = (findCycles(root, []) as string[][]).map((cycle) => cycle.join(' '));
    expect(found.sort()).toEqual(['packages/sim/src/x.ts packages/sim/src/y.ts', 'src/a.ts src/b.ts src/c.ts']);
  });

  it('exempts a listed cycle only while it has exactly the listed files', () => {
    const root = project({ 'src/a.ts': "import './b';\n", 'src/b.ts': "import './a';\n", 'src/c.ts': "import './a';\n" });
    expect(findCycles(root, [['src/b.ts', 'src/a.ts']])).toEqual([]);
    writeFileSync(join(root, 'src/a.ts'), "import './b';\nimport './c';\n");
    expect(findCycles(root, [['src/b.ts', 'src/a.ts']])).toEqual([['src/a.ts', 'src/b.ts', 'src/c.ts']]);
  });

  it('this repository has no cycle besides the exempted one', () => {
    expect(findCycles(join(dirname(fileURLToPath(import.meta.url)), '..'))).toEqual([]);
  });
});
