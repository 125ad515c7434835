/**
 * The nginx snippets of docs/deployment.md, read from between their marker comments, so the
 * deployment the tests run is the one the docs show. Only ports and paths are substituted, and
 * every substitution must find its text: a changed doc fails here instead of testing something else.
 */
import { readFileSync } from 'node:fs';

const DOC = new URL('../../docs/deployment.md', import.meta.url);

export function documentedNginx(marker: 'same-origin' | 'cors'): string {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(`<!-- deploy-test:${marker} `);
  const end = doc.indexOf(`<!-- /deploy-test:${marker} -->`);
  if (start === -1 || end === -1 || end < start)
    throw new Error(`docs/deployment.md has no <!-- deploy-test:${marker} --> … <!-- /deploy-test:${marker} --> block`);
  const fenced = /```nginx\n([\s\S]*?)```/.exec(doc.slice(start, end));
  if (!fenced?.[1]) throw new Error(`the deploy-test:${marker} block of docs/deployment.md holds no nginx code block`);
  return fenced[1];
}

/** Replaces each `from` exactly once; throws when the documented text no longer contains it. */
export function substitute(snippet: string, replacements: ReadonlyArray<readonly [from: string, to: string]>): string {
  let out = snippet;
  for (const [from, to] of replacements) {
    const count = out.split(from).length - 1;
    if (count !== 1)
      throw new Error(`expected "${from}" once in the documented nginx snippet, found it ${count} times; update e2e/deploy with docs/deployment.md`);
    out = out.replace(from, () => to);
  }
  return out;
}

/** The CORS snippet in its two documented parts: the `http { }` context and the `server { }` block. */
export function splitCorsSnippet(snippet: string): { http: string; server: string } {
  const marker = '# server { } block for authentik.company';
  const at = snippet.indexOf(marker);
  if (at === -1) throw new Error(`the documented CORS snippet no longer has the line "${marker}"`);
  return { http: snippet.slice(0, at), server: snippet.slice(at) };
}
