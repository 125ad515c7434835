/**
 * Benchmark (measured, never asserted): first load of the built app and the time from "Create"
 * to a filled configuration screen, against the simulator through the local proxy.
 * Run: npm run build && npm run bench
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { createSimulator } from 'authentik-simulator';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = 4399;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', env: { ...process.env, WIZARD_DEMO: '0' } });
const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 100; i += 1) {
  try {
    if ((await fetch(`${base}/__wizard/proxy`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}

const simulator = createSimulator();
const authentik = await simulator.listen(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const load: number[] = [];
const fcp: number[] = [];
const create: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    simulator.reset();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: /Cloudflare Access/ }).waitFor();
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { load: nav.loadEventEnd - nav.startTime, fcp: paint?.startTime ?? NaN };
    });
    load.push(timing.load);
    fcp.push(timing.fcp);
    await page.goto(`${base}/cloudflare-access?team=acme`);
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await page.getByLabel('authentik URL').fill(authentik.url);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    const button = page.getByRole('button', { name: 'Create application and provider' });
    await button.waitFor();
    const started = Date.now();
    await button.click();
    await page.getByRole('button', { name: 'Copy App ID' }).waitFor();
    create.push(Date.now() - started);
    await context.close();
  }
} finally {
  await browser.close();
  await authentik.close();
  server.kill();
}

console.log(`runs: ${RUNS} (median)`);
console.log(`first load of the catalog: ${median(load).toFixed(0)} ms, first contentful paint ${median(fcp).toFixed(0)} ms`);
console.log(`Create → filled configuration screen (3 sequential round trips, loopback): ${median(create).toFixed(0)} ms`);
