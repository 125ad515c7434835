import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, RISK_FLAG, isLoopbackHost, parseArgs } from './args.ts';

function run(argv: string[]) {
  const parsed = parseArgs(argv);
  if (parsed.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

describe('the command line of npx authentik-integration-wizard', () => {
  it('with no options it serves on 127.0.0.1, port 4173 or the next free one, with the newest demo', () => {
    expect(run([])).toEqual({ host: '127.0.0.1', port: DEFAULT_PORT, portGiven: false, demo: true, release: '2026.8', exposed: false });
  });

  it('takes a port, the demo switch and the demo release, in either spelling', () => {
    expect(run(['--port', '8099', '--no-demo', '--release', '2025.10'])).toMatchObject({ port: 8099, portGiven: true, demo: false, release: '2025.10' });
    expect(run(['--port=8100', '--no-demo', '--demo', '--release=2025.4'])).toMatchObject({ port: 8100, demo: true, release: '2025.4' });
  });

  it('refuses what it cannot use, saying what it takes', () => {
    expect(parseArgs(['--port', 'abc'])).toEqual({ kind: 'error', message: '--port needs a port number from 1 to 65535, not "abc".' });
    expect(parseArgs(['--port', '70000'])).toMatchObject({ kind: 'error' });
    expect(parseArgs(['--port'])).toEqual({ kind: 'error', message: '--port needs a port number from 1 to 65535.' });
    expect(parseArgs(['--release', '2024.12'])).toEqual({
      kind: 'error',
      message: '--release takes one of 2025.4, 2025.6, 2025.8, 2025.10, 2025.12, 2026.2, 2026.5, 2026.8, not "2024.12".',
    });
    expect(parseArgs(['--open'])).toEqual({ kind: 'error', message: 'Unknown option "--open". Run with --help to see the options.' });
  });

  it('stays on loopback addresses without asking', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) {
      expect(run(['--host', host])).toMatchObject({ host, exposed: false });
    }
  });

  it('refuses an address other computers can reach unless the admin says they understand the risks', () => {
    for (const host of ['0.0.0.0', '192.168.1.10', '::', 'wizard.internal', '::ffff:10.0.0.1']) {
      expect(isLoopbackHost(host)).toBe(false);
      const refused = parseArgs(['--host', host]);
      expect(refused.kind).toBe('error');
      expect(refused.kind === 'error' && refused.message).toContain(`Refusing to listen on ${host}`);
      expect(refused.kind === 'error' && refused.message).toContain(RISK_FLAG);
      expect(run(['--host', host, RISK_FLAG])).toMatchObject({ host, exposed: true });
    }
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['--port', '1', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });
});
