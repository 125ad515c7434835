// Fails when source files import each other in a cycle (src/ and packages/*/src/), type-only
// imports included: a cycle between layers is a cycle whatever the import carries. Run by `npm run lint`.
// Usage: node .ci/no-cycles.mjs [root]   (the root defaults to the repository)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Cycles known and owned elsewhere, exactly by their member files. Each entry needs a TODO naming it. */
export const EXEMPT = [];

const SOURCE = /\.(ts|tsx|mts)$/;

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Module specifiers a file imports: static imports and re-exports, `import()` and `import.meta.glob` (lazy ones too). */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The import graph of the files under the roots, edges to files inside them only. */
export function importGraph(files) {
  const known = new Set(files);
  const options = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowImportingTsExtensions: true,
    jsx: ts.JsxEmit.ReactJSX,
    resolveJsonModule: true,
  };
  const host = ts.sys;
  const graph = new Map();
  for (const file of files) {
    const targets = new Set();
    for (const specifier of importsOf(file, readFileSync(file, 'utf8'))) {
      const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule?.resolvedFileName;
      if (resolved && known.has(resolve(resolved))) targets.add(resolve(resolved));
    }
    graph.set(file, [...targets]);
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself), Tarjan's algorithm. */
export function cycles(graph) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const connect = (node) => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), indices.get(next)));
    }
    if (low.get(node) === indices.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) connect(node);
  return found;
}

export function findCycles(root, exempt = EXEMPT) {
  const roots = [
    join(root, 'src'),
    ...(sourceFiles(join(root, 'packages')).length ? readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src')) : []),
  ];
  const files = roots.flatMap(sourceFiles).map((file) => resolve(file));
  const exempted = new Set(exempt.map((members) => [...members].sort().join('\n')));
  return cycles(importGraph(files))
    .map((component) => component.map((file) => relative(root, file)))
    .filter((component) => !exempted.has(component.join('\n')));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const found = findCycles(root);
  for (const component of found) console.error(`Import cycle of ${component.length} files:\n  ${component.join('\n  ')}\n`);
  if (found.length > 0) process.exit(1);
  console.log('No import cycle.');
}
