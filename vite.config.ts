import { readFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { transformSync } from 'esbuild';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { DEFAULT_LOCALE, LOCALE_QUERY, LOCALE_STORAGE_KEY, localeOf, localesOf, resolveLocale } from './client/i18n/locales.ts';
import { phonePath, type Manifest } from './scripts/lib/phone-path.ts';
import { precompileMessages } from './scripts/lib/vite-precompile-messages.ts';
import { precompress } from './scripts/lib/precompress.ts';

/** Where `npm run dev` (the API + Socket.IO server) listens while the client runs under `vite`. */
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

/** The build's output folder, as Vite resolved it (read by the hooks that run after the build). */
let outDir = '';

/** Brotli and gzip copies of every text file, once the build (service worker included) is written. */
function precompressed(): Plugin {
  return {
    name: 'pledge-round:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        await precompress(outDir);
      },
    },
  };
}

/**
 * Fewer requests for a phone. The modules the phone page shares with other pages (the socket, the
 * session store, components, helpers) go into two chunks instead of a dozen small common ones:
 * `realtime`, what needs the live connection (pages without one never load it), and `shared`, the
 * rest. On a slow link each request costs a round trip, and a browser opens only six connections
 * to a server over HTTP/1.1. The phone page's own modules stay in its chunk; what the entry already
 * holds stays there.
 */
function phoneChunks(): { plugin: Plugin; group(id: string): 'realtime' | 'shared' | null } {
  const groups = new Map<string, 'realtime' | 'shared'>();
  return {
    plugin: {
      name: 'pledge-round:phone-chunks',
      apply: 'build',
      buildEnd() {
        const ids = [...this.getModuleIds()];
        const find = (suffix: string) => ids.find((id) => id.endsWith(suffix));
        const graph = (start: string | undefined) => {
          const seen = new Set<string>();
          const stack = start ? [start] : [];
          while (stack.length > 0) {
            const id = stack.pop()!;
            if (seen.has(id)) continue;
            seen.add(id);
            stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
          }
          return seen;
        };
        const entry = graph(find('/client/main.tsx'));
        const socket = find('/client/socket.ts');
        const underSocket = graph(socket);
        const phoneOnly = /[\\/]client[\\/](views|store|styles)[\\/]phone/;
        for (const id of graph(find('/client/views/phone/PhoneView.tsx'))) {
          if (entry.has(id) || phoneOnly.test(id)) continue;
          const live = underSocket.has(id) || (socket !== undefined && graph(id).has(socket));
          groups.set(id, live ? 'realtime' : 'shared');
        }
      },
    },
    group: (id) => groups.get(id) ?? null,
  };
}
const phone = phoneChunks();

/** Which language a page opens in: the page's own `resolveLocale`, serialised beside the preload script. */
type PageLocale = (query: string | null, stored: string | null, preferred: readonly string[], available: string[]) => string;

/** Runs in the browser, serialised into the preload script (so: no imports). */
function preloadPhonePage(js: string[], css: string[], cores: Record<string, string[]>, pageLocale: PageLocale, keys: { query: string; stored: string }): void {
  if (!/^\/[ji]\//.test(location.pathname)) return;
  const add = (rel: string, href: string, as?: string) => {
    const link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  };
  for (const file of js) add('modulepreload', `/assets/${file}`);
  for (const file of css) add('stylesheet', `/assets/${file}`);
  // The page's strings in its language, when that is not English (in the entry): as the entry will
  // resolve it (client/i18n/index.ts startLocale), so it is on its way before the entry asks.
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(keys.stored);
  } catch {
    // storage refused: the entry will not find a choice either
  }
  const query = new URLSearchParams(location.search).get(keys.query);
  const locale = pageLocale(query, stored, navigator.languages ?? [navigator.language], ['en', ...Object.keys(cores)]);
  for (const file of cores[locale] ?? []) add('modulepreload', `/assets/${file}`);
  // The join code's lookup, as the page asks for it (client/store/phone.ts lookUp, client/api.ts normalizeJoinCode).
  const code = /^\/j\/([^/]+)\/?$/.exec(location.pathname)?.[1];
  if (!code) return;
  let decoded = code;
  try {
    decoded = decodeURIComponent(code);
  } catch {
    // kept as it is, as main.tsx does
  }
  add('preload', `/api/join/${encodeURIComponent(decoded.replace(/[\s-]/g, '').toUpperCase())}`, 'fetch');
}

/**
 * A phone's page chunks fetched beside the entry, not after it: a small script (an asset of its
 * own, as the page's policy allows no inline script) that index.html loads `async`; on the phone's
 * addresses (`/j/…`, `/i/…`) it adds `modulepreload` links for the phone page's chunks and its
 * stylesheets, which the router's import then finds already on their way, for the strings of the
 * page's language when it is not English (resolved by the page's own `resolveLocale`, serialised
 * into the script), and on a join link the join code's lookup. Other pages skip it.
 */
function phonePreload(): Plugin {
  return {
    name: 'pledge-round:phone-preload',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const page = chunks.find((c) => c.facadeModuleId?.endsWith('/client/views/phone/PhoneView.tsx'));
        const html = bundle['index.html'];
        if (!page || html?.type !== 'asset') return;
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        /** A chunk and every chunk it imports statically (the entry aside), with their stylesheets. */
        const withImports = (start: Rollup.OutputChunk) => {
          const js = new Set<string>();
          const css = new Set<string>();
          const visit = (chunk: Rollup.OutputChunk) => {
            if (chunk.isEntry || js.has(chunk.fileName)) return;
            js.add(chunk.fileName);
            for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
            for (const dep of chunk.imports) if (byName.has(dep)) visit(byName.get(dep)!);
          };
          visit(start);
          return { js, css };
        };
        const { js, css } = withImports(page);
        // File names under assets/ (the prefix is added in the page).
        const name = (file: string) => {
          if (!file.startsWith('assets/')) throw new Error(`phone preload: ${file} is not under assets/`);
          return file.slice('assets/'.length);
        };
        // Each language's `core` strings and what they import (English's are in the entry).
        const cores: Record<string, string[]> = {};
        for (const chunk of chunks) {
          const lang = /\/client\/i18n\/([a-z]{2})\/core\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          if (lang) cores[lang] = [...withImports(chunk).js].map(name);
        }
        const script = [
          '(() => {',
          `const DEFAULT_LOCALE = ${JSON.stringify(DEFAULT_LOCALE)};`,
          localeOf.toString(),
          localesOf.toString(),
          resolveLocale.toString(),
          `const pageLocale = (query, stored, preferred, available) => resolveLocale({ query, stored, preferred }, available).locale;`,
          `(${preloadPhonePage.toString()})(${JSON.stringify([...js].map(name))}, ${JSON.stringify([...css].map(name))}, ${JSON.stringify(cores)}, pageLocale, ${JSON.stringify({ query: LOCALE_QUERY, stored: LOCALE_STORAGE_KEY })});`,
          '})();',
        ].join('\n');
        // Minified: it is on the phone's join path, within its budget (tests/unit/bundle-budget.test.ts).
        const source = transformSync(script, { minify: true, target: 'es2020' }).code;
        const fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'phone-preload.js', source }));
        html.source = String(html.source).replace('</head>', `  <script src="/${fileName}" async></script>\n  </head>`);
      },
    },
  };
}

/**
 * The `core` strings of every language but English (which is in the entry), and the strings of the
 * phone's "More details" and of its saved pledge in every language, with what they import: all a
 * phone says, in its language (client/i18n/catalogues.ts).
 */
function languageChunks(manifest: Manifest): string[] {
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) add(dep);
  };
  for (const key of Object.keys(manifest)) if (/^i18n\/[a-z]{2}\/(core|phone-details|phone-saved)\.ts$/.test(key)) add(key);
  return [...files];
}

/**
 * The phone's app shell: a service worker that precaches `index.html` and exactly what a phone
 * loads from joining to the pledge form (scripts/lib/phone-path.ts), plus what the phone page loads
 * later (the fields of "More details", the SDG picker, the QR code
 * library) and its strings in every language, so a phone that
 * loses the network, or whose browser was killed, reopens its page with the typed pledge, in its
 * language. Pages come from the network first (the server
 * is also the API: an old page must not talk to a new server), a kept copy or the precached shell
 * only when the network fails or is too slow; the API and Socket.IO are never cached.
 */
const appShell = VitePWA({
  registerType: 'autoUpdate',
  // Registered by the phone page itself once it is connected (client/sw-register.ts).
  injectRegister: null,
  manifest: false,
  filename: 'sw.js',
  workbox: {
    globPatterns: ['**/*.{js,css,html}'],
    manifestTransforms: [
      (entries) => {
        const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
        const phone = phonePath(manifest);
        const keep = new Set(['index.html', ...phone.js, ...phone.css, ...phone.later.js, ...phone.later.css, ...languageChunks(manifest)]);
        return { manifest: entries.filter((e) => keep.has(e.url) || /^assets\/phone-preload-/.test(e.url)), warnings: [] };
      },
    ],
    navigateFallback: null,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        // The client's pages (never the API's or Socket.IO's addresses, nor the server's own).
        urlPattern: ({ request, url }) => request.mode === 'navigate' && !/^\/(api|socket\.io|healthz|readyz|metrics)(\/|$)/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 20 },
          precacheFallback: { fallbackURL: 'index.html' },
        },
      },
      {
        // Hashed files of the other pages, once fetched: they never change.
        urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
        handler: 'CacheFirst',
        options: { cacheName: 'assets', expiration: { maxEntries: 80 } },
      },
    ],
  },
});

export default defineConfig({
  root: 'client',
  plugins: [react(), precompileMessages(), phone.plugin, phonePreload(), appShell, precompressed()],
  build: {
    /** CLIENT_OUT_DIR (absolute) builds elsewhere, e.g. for parallel test runs. */
    outDir: process.env.CLIENT_OUT_DIR ?? '../dist/client',
    emptyOutDir: true,
    /** `.vite/manifest.json`: the chunks and their imports (the app shell's list, the bundle budget test). */
    manifest: true,
    /*
     * No polyfill for `<link rel="modulepreload">`: every browser the phones use has it (Chrome and
     * Edge since 2018, Firefox 115, Safari 17); an older Safari or Firefox still loads every chunk,
     * one round trip later, while the polyfill cost every phone a quarter of a kilobyte on the join
     * path (docs/performance.md).
     */
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'realtime', test: (id) => phone.group(id) === 'realtime', includeDependenciesRecursively: false },
            { name: 'shared', test: (id) => phone.group(id) === 'shared', includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // `^/api/`, not `/api`: the client's own module client/api.ts is served as /api.ts.
      '^/api/': apiTarget,
      '/healthz': apiTarget,
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
