/**
 * Start a simulator from the command line:
 *   npm start -w authentik-simulator -- [--release 2026.8] [--port 9000] [--host 127.0.0.1] [--validate-responses] [--quiet]
 * Prints the base URL and the seeded (non-secret) demo tokens.
 */
import { parseArgs } from 'node:util';
import { SIMULATED_RELEASES, createSimulator } from './index.ts';
import type { ReleaseId } from './index.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    release: { type: 'string', default: '2026.8' },
    port: { type: 'string', default: '9000' },
    host: { type: 'string', default: '127.0.0.1' },
    'validate-responses': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

if (!(SIMULATED_RELEASES as readonly string[]).includes(values.release)) {
  console.error(`Invalid --release ${values.release}: one of ${SIMULATED_RELEASES.join(', ')}`);
  process.exit(2);
}

const simulator = createSimulator({
  release: values.release as ReleaseId,
  validateResponses: values['validate-responses'],
  log: values.quiet ? undefined : say,
});
const server = await simulator.listen(port, values.host);

say(`authentik ${simulator.version} simulator listening on ${server.url}`);
say(`  API base:        ${server.url}/api/v3`);
say(`  superuser token: ${simulator.tokens.superuser}   (akadmin)`);
say(`  regular token:   ${simulator.tokens.regular}   (alice, no permissions)`);
say(`  expired token:   ${simulator.tokens.expired}`);

const stop = () => {
  if (simulator.violations.length > 0) {
    say(`${simulator.violations.length} contract violation(s) recorded`);
  }
  server.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
