// Measures the production build's JavaScript, gzipped, and fails over budget:
// - initial JS: the entry script and its modulepreloads in dist/app.html, the app's plain page (≤ 130 KB;
//   the catalog's and the apps' first screens load the same entry after their first paint, plus the
//   small first-screen script, counted too: ADR 0011);
// - each wizard route (/<app>/<step> for every app and step): the JavaScript the router loads for
//   it beyond the first page — the wizard layout, the engine that compiles a definition, the
//   catalog's details, the app's definition, the step's screen and the lazy panels that screen may
//   render, with their static imports (≤ 150 KB; the total with the first page is printed too);
// - the lazy chain: how many dynamic imports follow one another before a route's last chunk can
//   start loading (≤ 2). Static imports do not add a step while Vite preloads them beside the chunk
//   that needs them (build.modulePreload, on by default; checked below).
// Reads the Vite manifest (build.manifest in vite.config.ts): run `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 130;
const ROUTE_BUDGET_KB = 150;
const MAX_CHAIN = 2;
const dist = join(import.meta.dirname, '..', 'dist');
const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;
const fail = (message) => {
  console.error(message);
  failed = true;
};

const page = existsSync(join(dist, 'app.html')) ? 'app.html' : 'index.html';
const html = readFileSync(join(dist, page), 'utf8');
const files = new Set();
const firstScreen = readFileSync(join(dist, 'index.html'), 'utf8').match(/<script[^>]+src="([^"]*first-screen[^"]*)"/)?.[1];
if (firstScreen) files.add(firstScreen);
for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(match[1]);
for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(match[1]);
if (files.size === 0) throw new Error(`no entry script found in dist/${page} — run npm run build first`);

const gzCache = new Map();
function sizes(file) {
  if (!gzCache.has(file)) {
    const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
    gzCache.set(file, { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
  }
  return gzCache.get(file);
}

let raw = 0;
let gz = 0;
for (const file of files) {
  const size = sizes(file);
  raw += size.raw;
  gz += size.gz;
  console.log(`  ${file}: ${kb(size.raw)} KB, ${kb(size.gz)} KB gzipped`);
}
console.log(`initial JS: ${kb(raw)} KB minified, ${kb(gz)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (gz / 1024 > BUDGET_KB) fail(`initial JS is over budget by ${(gz / 1024 - BUDGET_KB).toFixed(1)} KB gzipped`);

// Per route, from the manifest.
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) throw new Error('dist/.vite/manifest.json is missing: vite.config.ts must build with `manifest: true`');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entry = manifest[entryKey];

/** A chunk with its static imports, as the files they are. */
function closure(keys, into = new Set()) {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) continue;
    into.add(chunk.file);
    closure(chunk.imports ?? [], into);
  }
  return into;
}
/** The first page's chunks by manifest key: the entry and its static imports. */
const initialKeys = new Set();
(function staticKeys(key) {
  if (initialKeys.has(key)) return;
  initialKeys.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticKeys(imported);
})(entryKey);
/**
 * Dynamic imports reachable through static ones (a dynamic import may sit in a shared chunk); the
 * first page's own dynamic imports are the router's, counted from the entry only.
 */
function dynamicOf(key, seen = new Set()) {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  const shared = (chunk?.imports ?? []).filter((imported) => !initialKeys.has(imported));
  return [...(chunk?.dynamicImports ?? []), ...shared.flatMap((imported) => dynamicOf(imported, seen))];
}

/** How many dynamic imports in a row lead from the entry to each chunk (the shortest way). */
const depth = new Map([[entryKey, 0]]);
for (let queue = [entryKey]; queue.length > 0;) {
  const key = queue.shift();
  for (const next of dynamicOf(key)) {
    if (depth.has(next)) continue;
    depth.set(next, depth.get(key) + 1);
    queue.push(next);
  }
}

const initial = closure([entryKey]);
const fromEntry = entry.dynamicImports ?? [];
const pick = (test, what) => {
  const found = fromEntry.filter(test);
  if (found.length === 0) throw new Error(`the entry no longer imports ${what} lazily; update .ci/size.mjs`);
  return found;
};
const layout = pick((key) => key.endsWith('features/wizard/wizard-layout.tsx'), 'the wizard layout');
const engine = pick((key) => /compile/.test(key), 'the definition compiler');
const details = pick((key) => key === 'virtual:app-catalog-details', 'the catalog details');
const steps = pick((key) => /features\/wizard\/steps\/[a-z-]+-step\.tsx$/.test(key), 'the step screens');
const definitions = (manifest[details[0]].dynamicImports ?? []).filter((key) => key.endsWith('/definition.ts'));
if (definitions.length === 0) throw new Error('the catalog details load no definition; update .ci/size.mjs');

const worst = [];
const overruns = [];
const initialGz = [...initial].reduce((sum, file) => sum + sizes(file).gz, 0);
for (const step of steps) {
  const stepName = step.match(/([a-z-]+)-step\.tsx$/)[1];
  // The screen and the lazy panels it may render (e.g. the SP metadata reader of SAML apps).
  const screen = [step, ...dynamicOf(step)];
  let heaviest = { gz: 0, app: '', chain: 0 };
  for (const definition of definitions) {
    const roots = [...layout, ...engine, ...details, definition, ...screen];
    const routeFiles = new Set([...closure(roots)].filter((file) => !initial.has(file)));
    const routeGz = [...routeFiles].reduce((sum, file) => sum + sizes(file).gz, 0);
    const chain = Math.max(...roots.map((key) => depth.get(key) ?? Infinity));
    const app = definition.match(/integrations\/([^/]+)\/definition\.ts$/)[1];
    if (routeGz > heaviest.gz) heaviest = { gz: routeGz, app, chain };
    if (routeGz / 1024 > ROUTE_BUDGET_KB)
      overruns.push(`/${app}/${stepName}: ${kb(routeGz)} KB gzipped, over the ${ROUTE_BUDGET_KB} KB route budget`);
    if (chain > MAX_CHAIN) overruns.push(`/${app}/${stepName}: a chain of ${chain} lazy chunks (at most ${MAX_CHAIN})`);
  }
  worst.push(
    `  ${stepName}: ${kb(heaviest.gz)} KB gzipped at most (${heaviest.app}; ${kb(heaviest.gz + initialGz)} KB with the first page), lazy chain ${heaviest.chain}`,
  );
}
console.log(
  `wizard routes, beyond the first page (${definitions.length} apps × ${steps.length} steps; budget ${ROUTE_BUDGET_KB} KB, chain ≤ ${MAX_CHAIN}):`,
);
for (const line of worst) console.log(line);
if (overruns.length > 0) fail([...overruns.slice(0, 10), ...(overruns.length > 10 ? [`… and ${overruns.length - 10} more`] : [])].join('\n'));
// Without Vite's preloading, a chunk's static imports would start only once it has loaded.
if (!readFileSync(join(dist, entry.file), 'utf8').includes('modulepreload'))
  fail('the entry has no modulepreload helper: static imports of lazy chunks would lengthen the chain');

if (failed) process.exit(1);
