/**
 * A loopback port nothing listens on right now, found synchronously (config files cannot await):
 * a tiny child Node process binds port 0 on 127.0.0.1, prints what it got and releases it.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

const PICK_PORT = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";

export function freePortSync(): number {
  const port = Number(execFileSync(process.execPath, ['-e', PICK_PORT], { encoding: 'utf8', timeout: 10_000 }).trim());
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`could not find a free loopback port (got "${port}")`);
  return port;
}

/**
 * The port the end-to-end tests serve the app on: WIZARD_E2E_PORT when set, else a free one,
 * written back to WIZARD_E2E_PORT so Playwright's worker processes (which load the config again
 * and inherit the environment) agree with the main process.
 */
export function e2ePort(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.WIZARD_E2E_PORT;
  if (given !== undefined && given !== '') {
    const port = Number(given);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`WIZARD_E2E_PORT must be a port number, not "${given}"`);
    return port;
  }
  const port = freePortSync();
  env.WIZARD_E2E_PORT = String(port);
  return port;
}

/** A loopback port nothing listens on right now: bound on 127.0.0.1, then released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
