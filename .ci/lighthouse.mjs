// Lighthouse, mobile preset (measured, not asserted): the catalog and a wizard step of the built
// app, served as `npm start` serves it (strict CSP, local proxy). Prints the four category scores,
// LCP and TBT per page, and writes the full reports to reports/lighthouse/.
// Run: npm run build && npm run lighthouse   (CHROME_PATH defaults to /usr/bin/chromium)
// Simulated throttling varies from run to run on a small machine: LIGHTHOUSE_RUNS=5 runs each page
// five times and prints the run with the median performance score (default 3).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { freePort } from '../src/server/free-port.ts';

const root = join(import.meta.dirname, '..');
const port = await freePort();
// vite itself, not through npx: killing npx would leave the preview server running.
const server = spawn(
  process.execPath,
  [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, WIZARD_DEMO: '0' },
  },
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 150; i += 1) {
  try {
    if ((await fetch(`${base}/__wizard/proxy`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const pages = { catalog: '/', 'wizard step': `/${process.env.LIGHTHOUSE_APP ?? 'osticket'}` };
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const out = join(root, 'reports', 'lighthouse');
mkdirSync(out, { recursive: true });
const rows = [];
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
try {
  for (const [name, path] of Object.entries(pages)) {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await measure(path));
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const result = results[Math.floor(results.length / 2)];
    const { lhr } = result;
    writeFileSync(join(out, `${name.replace(/\s+/g, '-')}.json`), result.report);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      page: `${name} (${path})`,
      'scores seen': results.map((each) => Math.round(each.lhr.categories.performance.score * 100)).join(' '),
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best practices': score('best-practices'),
      seo: score('seo'),
      'LCP (s)': (audit('largest-contentful-paint') / 1000).toFixed(2),
      'TBT (ms)': Math.round(audit('total-blocking-time')),
      CLS: audit('cumulative-layout-shift').toFixed(3),
    });
    const failing = Object.values(lhr.audits)
      .filter((item) => item.score !== null && item.score < 1 && item.scoreDisplayMode === 'binary')
      .map((item) => item.id);
    if (failing.length) console.log(`${name}: audits not passed: ${failing.join(', ')}`);
  }
} finally {
  chrome.kill();
  server.kill();
}
console.table(rows);

async function measure(path) {
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
  return result;
}
