/**
 * First screens (ADR 0011): after the client build, the catalog (`/`) and each app's first step
 * (`/<app>`) are rendered to HTML with the app's own routes (src/app/prerender.tsx, loaded through a
 * Vite SSR server so the virtual catalog modules resolve), as `dist/index.html` and `dist/<app>.html`.
 * Their only script is the small src/first-screen.ts: the page paints before any of the app's code
 * is fetched; then the app's entry and the chunks the screen needs load side by side. Every other
 * path gets the plain page, `dist/app.html`: `vite preview` (below) and the CLI server do so, nginx
 * and Caddy with the fallbacks in docs/deployment.md.
 *
 * Controls are written disabled: nothing can be typed into the static page and lost when the
 * script renders the live one over it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createServer, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** What src/app/prerender.tsx exports. */
interface PrerenderModule {
  firstScreens: readonly { path: string; folder?: string }[];
  renderFirstScreen: (path: string, base: string) => Promise<string>;
}

/** What every app's first step loads besides the app's entry and its definition (manifest keys). */
const FIRST_STEP = ['virtual:app-catalog-details', 'src/features/wizard/engine/compile.ts', 'src/features/wizard/wizard-layout.tsx', 'src/features/wizard/steps/inputs-step.tsx'];

/** The page for every path without a first screen (client routes such as /osticket/review). */
export const FALLBACK = 'app.html';

/** The files of chunks and their static imports. */
function closure(manifest: Manifest, keys: readonly string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`first screens: the build has no chunk for ${key}`);
    if (into.has(chunk.file)) continue;
    into.add(chunk.file);
    closure(manifest, chunk.imports ?? [], into);
  }
  return into;
}

/** Form controls written disabled (the live page enables them). */
export function disableControls(html: string): string {
  return html.replace(/<(input|select|textarea|button)\b([^>]*)>/g, (tag, name: string, attributes: string) =>
    /\sdisabled(?:[\s=>]|$)/.test(attributes) ? tag : `<${name} disabled=""${attributes}>`,
  );
}

/**
 * index.html with its scripts replaced by the first screens' entry, the page inside #root, and on
 * #root what that entry loads after the paint: the app's entry and the route's chunks.
 */
export function firstScreenHtml(shell: string, page: { path: string; markup: string; bootstrap: string; entry: string; preloads: readonly string[] }): string {
  if (!shell.includes('<div id="root"></div>')) throw new Error('first screens: index.html has no empty <div id="root"></div>');
  const scripts = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g;
  if (!scripts.test(shell)) throw new Error('first screens: index.html has no module script');
  return shell
    .replace(scripts, '')
    .replace('</head>', `  <script type="module" crossorigin src="${page.bootstrap}"></script>\n  </head>`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root" data-first-screen="${page.path}" data-entry="${page.entry}" data-preload="${page.preloads.join(' ')}">${disableControls(page.markup)}</div>`,
    );
}

export function firstScreens(options: { configFile: string; bootstrap: string }): Plugin {
  let config: ResolvedConfig;
  // The first screens' entry, emitted as a file of its own: a second entry in the bundle would make
  // Rolldown split the app's entry into many small shared chunks.
  let bootstrapFile = '';
  return {
    name: 'wizard-first-screens',
    // The build writes the pages; `vite preview` serves them.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved(resolved) {
      config = resolved;
    },
    // `vite preview`: /<app> finds dist/<app>.html on its own; other page paths get app.html, not
    // the catalog's index.html. Runs before Vite's own fallback.
    configurePreviewServer(server) {
      const out = server.config.build.outDir;
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const [full = '/', query] = (req.url ?? '/').split('?', 2);
        const path = full.startsWith(base) ? `/${full.slice(base.length)}` : full;
        const page = req.method === 'GET' || req.method === 'HEAD';
        if (page && path !== '/' && extname(path) === '' && !path.startsWith('/__wizard/') && existsSync(join(out, FALLBACK))) {
          // Only a name of the build's own pages: one segment of letters, digits and dashes.
          const name = /^\/([a-z0-9-]+)\/?$/.exec(path)?.[1];
          const own = name !== undefined && existsSync(join(out, `${name}.html`));
          req.url = `${base}${own ? `${name}.html` : FALLBACK}${query === undefined ? '' : `?${query}`}`;
        }
        next();
      });
    },
    async generateBundle() {
      if (config.build.ssr || config.command !== 'build') return;
      const source = readFileSync(options.bootstrap, 'utf8');
      const { code } = await transformWithOxc(source, options.bootstrap, { lang: 'ts', target: 'es2022' });
      bootstrapFile = this.getFileName(this.emitFile({ type: 'asset', name: 'first-screen.js', source: code }));
    },
    async closeBundle() {
      if (config.build.ssr || config.command !== 'build' || process.env.WIZARD_FIRST_SCREENS === '0') return;
      const out = config.build.outDir;
      const manifestPath = join(out, '.vite', 'manifest.json');
      if (!existsSync(manifestPath)) throw new Error('first screens: the build wrote no manifest (build.manifest)');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
      const entryKey = 'index.html';
      if (!manifest[entryKey]?.isEntry) throw new Error('first screens: index.html is not the build’s entry');
      const url = (file: string) => `${config.base}${file}`;
      const shell = readFileSync(join(out, 'index.html'), 'utf8');
      const server = await createServer({
        configFile: options.configFile,
        base: config.base,
        appType: 'custom',
        logLevel: 'error',
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const prerender = (await server.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
        // index.html becomes the catalog's first screen; the plain page stays, as app.html, for every
        // other path (the servers' fallback).
        writeFileSync(join(out, FALLBACK), shell);
        for (const { path, folder } of prerender.firstScreens) {
          const markup = await prerender.renderFirstScreen(path, config.base);
          const keys = [entryKey, ...(folder ? [...FIRST_STEP, `src/integrations/${folder}/definition.ts`] : [])];
          const files = [...closure(manifest, keys)].filter((file) => file !== manifest[entryKey]!.file);
          const html = firstScreenHtml(shell, {
            path,
            markup,
            bootstrap: url(bootstrapFile),
            entry: url(manifest[entryKey]!.file),
            preloads: files.map(url),
          });
          writeFileSync(join(out, path === '/' ? 'index.html' : `${path.slice(1)}.html`), html);
        }
      } finally {
        await server.close();
      }
    },
  };
}
