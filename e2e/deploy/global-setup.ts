/**
 * Sets up the three ways admins run the wizard, as they would, all on loopback:
 *
 * 1. npx: `npm pack` (which builds the app and bundles the server), then
 *    `npm install --omit=dev <tarball>` into an empty folder, and the installed
 *    `authentik-integration-wizard` started from there. Its own demo authentik is the backend.
 * 2. Same origin: a `--base=/integration-wizard/` build served by nginx (Debian's) on an https
 *    "authentik" origin whose other paths go to an authentik simulator, with the location block
 *    read from docs/deployment.md.
 * 3. CORS: a second https "authentik" origin with the documented CORS snippet, the plain build
 *    on the allowed wizard origin, and the same build on an origin that is not allowed.
 *
 * nginx runs as this process's child (`daemon off;`), with a self-signed certificate made by
 * openssl now; both are stopped by PID at teardown. The URLs go to the tests through the environment.
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator, DEMO_TOKEN } from 'authentik-simulator';
import { documentedNginx, splitCorsSnippet, substitute } from './documented-nginx.ts';
import { freePort } from '../../src/server/free-port';

const repo = new URL('../../', import.meta.url).pathname;

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before answering ${url}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(child.pid as number, 'SIGTERM');
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'wizard-deploy-'));
  // nginx's workers may run as another user: the files they serve must be readable by them.
  chmodSync(work, 0o755);
  let cli: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  // One authentik behind each nginx origin, as two teams would have.
  const simulators = [createSimulator({ release: '2026.8' }), createSimulator({ release: '2026.8' })];
  const authentiks: { url: string; close(): Promise<void> }[] = [];
  const teardown = async (): Promise<void> => {
    await stop(nginx);
    await stop(cli);
    for (const authentik of authentiks) await authentik.close();
    if (!process.env.DEPLOY_KEEP) rmSync(work, { recursive: true, force: true });
  };

  try {
    // 1. The package as npx gets it: packed (prepack builds dist/ and server/), installed without dev dependencies.
    const packed = join(work, 'pack');
    mkdirSync(packed);
    run('npm', ['pack', '--silent', '--pack-destination', packed], repo);
    const tarball = readdirSync(packed).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack made no tarball');
    const install = join(work, 'install');
    mkdirSync(install);
    writeFileSync(join(install, 'package.json'), '{"name":"empty-folder","private":true}\n');
    run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', join(packed, tarball)], install);
    const cliPort = await freePort();
    cli = spawn(join(install, 'node_modules/.bin/authentik-integration-wizard'), ['--port', String(cliPort)], {
      cwd: install,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${cliPort}/__wizard/proxy?release=2026.8`, cli, 'the installed wizard');

    // 2 and 3. The builds nginx serves: one for a sub-path of authentik's origin, one for a wizard origin of its own.
    const srv = join(work, 'srv');
    run(
      'npx',
      ['vite', 'build', '--logLevel', 'error', '--base=/integration-wizard/', '--outDir', join(srv, 'integration-wizard'), '--emptyOutDir'],
      repo,
    );
    const wizardRoot = join(work, 'wizard');
    run('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', wizardRoot, '--emptyOutDir'], repo);

    for (const simulator of simulators) authentiks.push(await simulator.listen(0));
    const [sameOriginUpstream, corsUpstream] = authentiks.map((authentik) => authentik.url.replace(/^http:\/\//, ''));
    const [sameOrigin, corsAuthentik, wizardOrigin, otherOrigin] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);

    run(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-keyout',
        join(work, 'key.pem'),
        '-out',
        join(work, 'cert.pem'),
      ],
      work,
    );

    const sameOriginBlock = substitute(documentedNginx('same-origin'), [['root /srv;', `root ${srv};`]]);
    const cors = splitCorsSnippet(
      substitute(documentedNginx('cors'), [
        ['"https://wizard.example.com" $http_origin;', `"https://127.0.0.1:${wizardOrigin}" $http_origin;`],
        ['proxy_pass         https://authentik;', `proxy_pass         http://${corsUpstream};`],
      ]),
    );
    // The "existing authentik location" both authentik origins already have (as in authentik's own nginx example).
    const authentikLocation = (upstream: string | undefined) => `location / {
        proxy_pass http://${upstream};
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-Proto $scheme;
    }`;
    const tls = `ssl_certificate ${join(work, 'cert.pem')};
    ssl_certificate_key ${join(work, 'key.pem')};`;
    const temp = (name: string) => `${name}_temp_path ${join(work, `nginx-${name}`)};`;
    writeFileSync(
      join(work, 'nginx.conf'),
      `daemon off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'nginx-error.log')} warn;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${join(work, 'nginx-access.log')};
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}

${cors.http}
    # 2. authentik.company, serving the wizard under /integration-wizard/ (same origin)
    server {
        listen 127.0.0.1:${sameOrigin} ssl;
        ${tls}
${sameOriginBlock}
        ${authentikLocation(sameOriginUpstream)}
    }

    # 3. authentik.company with CORS for the wizard's origin
    server {
        listen 127.0.0.1:${corsAuthentik} ssl;
        ${tls}
${cors.server}
        ${authentikLocation(corsUpstream)}
    }

    # 3. the wizard's own origin (allowed), and another origin (not allowed): the plain build
    server {
        listen 127.0.0.1:${wizardOrigin} ssl;
        listen 127.0.0.1:${otherOrigin} ssl;
        ${tls}
        root ${wizardRoot};
        location / { try_files $uri $uri.html $uri/ /app.html; }
    }
}
`,
    );
    nginx = spawn('nginx', ['-e', join(work, 'nginx-error.log'), '-p', work, '-c', join(work, 'nginx.conf')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitFor(`http://127.0.0.1:${sameOrigin}/`, nginx, 'nginx');

    Object.assign(process.env, {
      DEPLOY_WORK: work,
      DEPLOY_INSTALL: install,
      DEPLOY_TARBALL: join(packed, tarball),
      DEPLOY_CLI_URL: `http://127.0.0.1:${cliPort}`,
      DEPLOY_SAME_ORIGIN_URL: `https://127.0.0.1:${sameOrigin}`,
      DEPLOY_CORS_AUTHENTIK_URL: `https://127.0.0.1:${corsAuthentik}`,
      DEPLOY_WIZARD_ORIGIN: `https://127.0.0.1:${wizardOrigin}`,
      DEPLOY_OTHER_ORIGIN: `https://127.0.0.1:${otherOrigin}`,
      DEPLOY_CERT: join(work, 'cert.pem'),
      DEPLOY_TOKEN: DEMO_TOKEN,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
