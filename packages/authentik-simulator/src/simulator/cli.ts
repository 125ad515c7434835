/**
 * Start a simulator from the command line:
 *   npm start -w authentik-simulator -- [--port 9000] [--host 127.0.0.1] [--validate-responses] [--quiet]
 * Prints the base URL and the seeded (non-secret) demo tokens.
 */
import { parseArgs } from 'node:util';
import { createSimulator } from './index.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
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

const simulator = createSimulator({
  validateResponses: values['validate-responses'],
  log: values.quiet ? undefined : say,
});
const server = await simulator.listen(port, values.host);

say(`authentik 2026.8.3 simulator listening on ${server.url}`);
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
