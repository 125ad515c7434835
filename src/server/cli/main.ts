/**
 * Entry point of the published wizard: `npx authentik-integration-wizard [--port n] [--no-demo] …`.
 * Bundled with everything it needs into server/cli.mjs (src/server/cli/build.ts); next to it the
 * package holds the built app (dist/) and the schemas the demo authentik checks requests against.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReleaseId } from '../../lib/authentik/releases.ts';
import type { DemoStarter } from '../proxy/middleware.ts';
import { exposedWarning } from '../proxy/vite-plugin.ts';
import { USAGE, parseArgs } from './args.ts';
import { startWizardServer } from './serve.ts';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));

function version(): string {
  try {
    return (JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const out = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const startDemo: DemoStarter = async (release: ReleaseId) => {
  const { startDemoAuthentik } = await import('../simulator/demo.ts');
  const demo = await startDemoAuthentik({ release });
  return { url: demo.url, token: demo.token, release };
};

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    out(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    out(version());
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { options } = parsed;
  const server = await startWizardServer({
    root: `${packageRoot}dist`,
    host: options.host,
    port: options.port,
    portFallback: !options.portGiven,
    demo: options.demo ? startDemo : false,
    demoRelease: options.release,
    log: out,
  });
  if (options.exposed) process.stderr.write(`${exposedWarning(options.host, server.port)}\n`);
  // The proxy answers only loopback Host names, so that is the address to open, whatever --host is.
  out(`authentik integration wizard ${version()}`);
  out(`  ➜ open http://127.0.0.1:${server.port}/`);
  out(options.demo ? `  demo authentik (simulated) offered, release ${options.release}; --no-demo turns it off` : '  no demo authentik (--no-demo)');
  out('  press Ctrl+C to stop');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`authentik-integration-wizard: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
