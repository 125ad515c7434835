/**
 * The published package, measured (never asserted): what `npm pack` makes, what
 * `npm install --omit=dev <tarball>` puts on an admin's disk, and how long the installed
 * `authentik-integration-wizard` takes from start to its first answer (cold start), and to a
 * started demo authentik. Part of `npm run bench`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../src/server/free-port.ts';

const repo = new URL('../', import.meta.url).pathname;

function bytesIn(path: string): { bytes: number; files: number } {
  const info = statSync(path);
  if (!info.isDirectory()) return { bytes: info.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const inner = bytesIn(join(path, name));
    bytes += inner.bytes;
    files += inner.files;
  }
  return { bytes, files };
}

async function timeUntil(url: string, started: number): Promise<number> {
  for (;;) {
    try {
      const answer = await fetch(url);
      if (answer.ok) return Date.now() - started;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > 60_000) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface PackageMeasure {
  tarballBytes: number;
  packageBytes: number;
  packageFiles: number;
  installedBytes: number;
  installedPackages: number;
  coldStartMs: number[];
  firstDemoMs: number;
}

export async function measurePackage(runs: number): Promise<PackageMeasure> {
  const work = mkdtempSync(join(tmpdir(), 'wizard-bench-pack-'));
  try {
    const packed = join(work, 'pack');
    mkdirSync(packed);
    execFileSync('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = join(packed, readdirSync(packed).find((name) => name.endsWith('.tgz')) ?? '');
    const install = join(work, 'install');
    mkdirSync(install);
    writeFileSync(join(install, 'package.json'), '{"name":"empty-folder","private":true}\n');
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
      cwd: install,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const modules = join(install, 'node_modules');
    const own = bytesIn(join(modules, 'authentik-integration-wizard'));
    const installedPackages = readdirSync(modules)
      .filter((name) => !name.startsWith('.'))
      .flatMap((name) => (name.startsWith('@') ? readdirSync(join(modules, name)) : [name])).length;
    const bin = join(modules, '.bin/authentik-integration-wizard');
    const coldStartMs: number[] = [];
    let firstDemoMs = NaN;
    for (let run = 0; run < runs; run += 1) {
      const port = await freePort();
      const started = Date.now();
      const child = spawn(bin, ['--port', String(port)], { cwd: install, stdio: 'ignore' });
      try {
        coldStartMs.push(await timeUntil(`http://127.0.0.1:${port}/`, started));
        if (run === 0) {
          const asked = Date.now();
          await timeUntil(`http://127.0.0.1:${port}/__wizard/proxy`, asked);
          firstDemoMs = Date.now() - asked;
        }
      } finally {
        child.kill();
      }
    }
    return {
      tarballBytes: statSync(tarball).size,
      packageBytes: own.bytes,
      packageFiles: own.files,
      installedBytes: bytesIn(modules).bytes,
      installedPackages,
      coldStartMs,
      firstDemoMs,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
