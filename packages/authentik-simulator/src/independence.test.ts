/**
 * The simulator is the wizard's oracle, so it must not share the wizard's beliefs: no file under
 * packages/ may import anything from the wizard app (src/ of the repository, or the app by name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PACKAGES = join(REPO, 'packages');
const APP_SRC = join(REPO, 'src');
const APP_NAME = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string }).name;

/** `from '…'`, `import '…'`, `import('…')`, `require('…')`, `vi.mock('…')`, `/// <reference path="…" />`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bvi\.mock\s*\(\s*|<reference\s+path\s*=\s*)(['"`])([^'"`]+)\1/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry.name) ? [path] : [];
  });
}

/** The import specifiers of a file that reach into the wizard app. */
export function appImports(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)]
    .map((match) => match[2]!)
    .filter((specifier) => {
      if (specifier === APP_NAME || specifier.startsWith(`${APP_NAME}/`)) return true;
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) return false;
      const target = resolve(dirname(file), specifier);
      return target === APP_SRC || target.startsWith(APP_SRC + sep);
    });
}

describe('the simulator owns its facts', () => {
  const files = sourceFiles(PACKAGES);

  it('scans every source file under packages/', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain(fileURLToPath(import.meta.url));
  });

  it('no file under packages/ imports from the wizard app', () => {
    const offenders = files.flatMap((file) =>
      appImports(file, readFileSync(file, 'utf8')).map((specifier) => `${relative(REPO, file)}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it('recognises every way a file could reach into src/', () => {
    const file = join(PACKAGES, 'authentik-simulator/src/simulator/example.ts');
    const text = [
      "import type { components } from '../../../../src/lib/authentik/schema.gen.ts';",
      "export * from '../../../../src/lib/authentik/releases.ts';",
      "const lazy = await import('../../../../src/integrations/index.ts');",
      `import { x } from '${APP_NAME}/src/lib/authentik/releases';`,
      "import { y } from '../releases.ts';",
      "import { z } from 'yaml';",
    ].join('\n');
    expect(appImports(file, text)).toEqual([
      '../../../../src/lib/authentik/schema.gen.ts',
      '../../../../src/lib/authentik/releases.ts',
      '../../../../src/integrations/index.ts',
      `${APP_NAME}/src/lib/authentik/releases`,
    ]);
  });
});
