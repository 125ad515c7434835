/**
 * The step screens, the step table, the route loaders and the layout import one another in one
 * direction only: a screen that imported its own loader (through the table or the layout) made
 * an 8-file cycle, so a change to one step re-evaluated all of them. Read with the TypeScript
 * compiler's own import scanner (static, type-only and dynamic imports all count).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../..');

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function importGraph(files: string[]): Map<string, string[]> {
  const target = (from: string, specifier: string) => {
    const base = resolve(dirname(from), specifier);
    return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  };
  return new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      return [file, importedFiles.filter((entry) => entry.fileName.startsWith('.')).flatMap((entry) => target(file, entry.fileName) ?? [])];
    }),
  );
}

/** The files that lie on an import cycle, as groups (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) !== order.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      group.push(member);
    } while (member !== node);
    if (group.length > 1) found.push(group.map((file) => relative(SRC, file)).sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

describe('the wizard’s steps import one another in one direction', () => {
  const stepFiles = /^features\/wizard\/(steps\/|steps\.ts$|step-routes\.ts$|use-wizard\.ts$|wizard-layout\.tsx$)/;

  it('no import cycle passes through a step screen, the step table, the loaders or the layout', () => {
    const onCycle = cycles(importGraph(sources(SRC))).filter((group) => group.some((file) => stepFiles.test(file)));
    expect(onCycle).toEqual([]);
  });

  it('the check itself sees a cycle when there is one', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toHaveLength(1);
  });
});
