/**
 * The command line of the published wizard (`npx authentik-integration-wizard`): what it accepts,
 * and the refusals that keep it on this computer unless the admin explicitly says otherwise.
 * Pure: parses argv into options or a refusal; src/server/cli/main.ts acts on it.
 */
import type { ReleaseId } from '../../lib/authentik/releases.ts';
import { NEWEST_RELEASE, RELEASES, isReleaseId } from '../../lib/authentik/releases.ts';

export const DEFAULT_PORT = 4173;
export const RISK_FLAG = '--i-understand-the-risks';

export interface CliOptions {
  host: string;
  /** The port asked for; when not given, DEFAULT_PORT or the next free one. */
  port: number;
  portGiven: boolean;
  demo: boolean;
  /** The release the demo authentik simulates unless the page asks for another. */
  release: ReleaseId;
  /** The admin passed RISK_FLAG for a host other computers can reach. */
  exposed: boolean;
}

export type ParsedArgs = { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage: authentik-integration-wizard [options]

Serves the authentik integration wizard on this computer, with its local proxy to authentik.

Options:
  --port <n>            port to listen on (default ${DEFAULT_PORT}, or the next free one)
  --demo / --no-demo    offer the built-in demo authentik, a simulator (default: on)
  --release <r>         the release the demo simulates (${RELEASES[0]} … ${NEWEST_RELEASE}; default ${NEWEST_RELEASE})
  --host <address>      interface to listen on (default 127.0.0.1). Any address other computers
                        can reach is refused unless ${RISK_FLAG} is also given.
  ${RISK_FLAG}
                        listen on a non-loopback --host anyway (prints a warning)
  -h, --help            show this help
  -v, --version         print the version`;

/** True for host names and addresses only reachable from this computer. */
export function isLoopbackHost(host: string): boolean {
  const plain = host.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/^::ffff:/, '');
  return plain === 'localhost' || plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

export function exposedHostRefusal(host: string): string {
  return [
    `Refusing to listen on ${host}: other computers could reach the wizard and its authentik proxy there.`,
    'The wizard is meant for this computer only (the default, 127.0.0.1). To share it with a team, deploy',
    'it next to authentik instead (docs/deployment.md, sections 2 and 3).',
    `If you really need this, add ${RISK_FLAG}.`,
  ].join('\n');
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { host: '127.0.0.1', port: DEFAULT_PORT, portGiven: false, demo: true, release: NEWEST_RELEASE, exposed: false };
  let risk = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) return undefined;
      i += 1;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '--demo':
        options.demo = true;
        break;
      case '--no-demo':
        options.demo = false;
        break;
      case RISK_FLAG:
        risk = true;
        break;
      case '--port': {
        const given = value();
        const port = Number(given);
        if (given === undefined || !/^\d+$/.test(given) || port < 1 || port > 65535) {
          return { kind: 'error', message: `--port needs a port number from 1 to 65535${given === undefined ? '' : `, not "${given}"`}.` };
        }
        options.port = port;
        options.portGiven = true;
        break;
      }
      case '--host': {
        const given = value();
        if (given === undefined || given.trim() === '') return { kind: 'error', message: '--host needs an address, for example 127.0.0.1.' };
        options.host = given.trim();
        break;
      }
      case '--release': {
        const given = value();
        if (given === undefined || !isReleaseId(given)) {
          return { kind: 'error', message: `--release takes one of ${RELEASES.join(', ')}${given === undefined ? '' : `, not "${given}"`}.` };
        }
        options.release = given;
        break;
      }
      default:
        return { kind: 'error', message: `Unknown option "${arg}". Run with --help to see the options.` };
    }
  }
  if (!isLoopbackHost(options.host)) {
    if (!risk) return { kind: 'error', message: exposedHostRefusal(options.host) };
    options.exposed = true;
  }
  return { kind: 'run', options };
}
