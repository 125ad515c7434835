// Measures the initial JavaScript of the production build (entry script + modulepreloads in
// dist/index.html), gzipped, and fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 130;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = new Set();
for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(match[1]);
for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(match[1]);
if (files.size === 0) throw new Error('no entry script found in dist/index.html — run npm run build first');

let raw = 0;
let gz = 0;
for (const file of files) {
  const bytes = readFileSync(join(dist, file.replace(/^\//, '')));
  raw += bytes.length;
  const zipped = gzipSync(bytes, { level: 9 }).length;
  gz += zipped;
  console.log(`  ${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(zipped / 1024).toFixed(1)} KB gzipped`);
}
const gzKb = gz / 1024;
console.log(`initial JS: ${(raw / 1024).toFixed(1)} KB minified, ${gzKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (gzKb > BUDGET_KB) {
  console.error(`initial JS is over budget by ${(gzKb - BUDGET_KB).toFixed(1)} KB gzipped`);
  process.exit(1);
}
