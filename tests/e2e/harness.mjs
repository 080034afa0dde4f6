// Shared pieces of the end-to-end tests: a static server for dist/ on loopback,
// and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** The policy a careful host would set; every HTML page of the tests is served under it. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

// The app's own pages name their origin beside 'self', as docs/EMBED.md asks: WebKit (a
// regression of 2026, fixed since) matches 'self' to nothing in a frame sandboxed without
// allow-same-origin, and its own scripts and styles were refused there.
const ownCsp = (req) => CSP.replaceAll("'self'", `'self' http://${req.headers.host}`);

/**
 * Serves `dir` on 127.0.0.1 with an OS-chosen port; resolves to { url, close }.
 * HTML is sent with the strict CSP above, so every end-to-end test runs under it; every file
 * allows any origin to read it, as a sandboxed iframe's opaque origin needs (docs/EMBED.md).
 * `headers(path)` adds response headers (cache rules); `onRequest(url)` sees every request's path and query;
 * `compress` serves brotli or gzip as the browser accepts, as a real host does; `redirects` maps a
 * path to the address it answers with a 302.
 */
export async function serve(dir, { extraPages = {}, extraFiles = {}, redirects = {}, headers: extraHeaders = () => ({}), onRequest = () => {}, compress = false } = {}) {
  let root = dir;
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (initScripts(req, res, path)) return;
    const heard = requested.get(contextOf(req));
    const address = `http://${req.headers.host}${req.url}`;
    heard?.onRequest(address);
    if (heard) res.once('finish', () => heard.onResponse(address, res.statusCode));
    if (await routed(req, res)) return;
    onRequest(req.url);
    if (redirects[path]) {
      res.writeHead(302, { location: redirects[path], 'access-control-allow-origin': '*' });
      res.end();
      return;
    }
    if (extraFiles[path] !== undefined) {
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
      res.end(extraFiles[path]);
      return;
    }
    if (extraPages[path]) {
      const { html, csp = CSP } = extraPages[path];
      res.writeHead(200, { 'content-type': TYPES['.html'], 'content-security-policy': withInitCsp(req, csp) });
      res.end(withInitScripts(req, html));
      return;
    }
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'access-control-allow-origin': '*', ...extraHeaders(path) };
      if (extname(file) === '.html') headers['content-security-policy'] = withInitCsp(req, ownCsp(req));
      const sent = extname(file) === '.html' ? Buffer.from(withInitScripts(req, body.toString('utf8'))) : body;
      // As a real host serves them (brotli, else gzip), for Lighthouse (scripts/bench).
      const accepts = req.headers['accept-encoding'] ?? '';
      const encoding = compress && (accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null);
      if (encoding) {
        const key = `${encoding} ${file} ${contextOf(req) ?? ''}`;
        if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(sent) : gzipSync(sent, { level: 9 }));
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
        res.writeHead(200, headers);
        res.end(compressed.get(key));
        return;
      }
      res.writeHead(200, headers);
      res.end(sent);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  // close() ends open connections too: a page still loading (a context not closed yet) must
  // never keep a test waiting for its server forever (seen once in a full run).
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  // setRoot serves another folder from the same origin: the update test's next version.
  return { url: `http://127.0.0.1:${port}/`, close, setRoot: (next) => { root = next; } };
}

/** WebKit's init scripts and routes (engines.mjs): WebDriver classic has neither, so the server
 *  puts the scripts first in each page it serves to a context that has some (a same-origin
 *  script, which the strict CSP allows), and asks its routes about each request, the context
 *  named by its cookie. Its id → its scripts' sources. */
export const injected = new Map();
/** Its id → its routes: [matches(url), handler(route)], as `page.route` takes them. */
export const routes = new Map();
/** Its id → what hears each request it makes of this server and its response's end (its pages'
 *  `request` and `response` events): { onRequest(url), onResponse(url) }. */
export const requested = new Map();

// A request a route of its context matches: the handler continues it (served as usual),
// aborts it (the connection dropped) or fulfills it.
async function routed(req, res) {
  const url = `http://${req.headers.host}${req.url}`;
  const found = (routes.get(contextOf(req)) ?? []).find(([matches]) => matches(url));
  if (!found) return false;
  return new Promise((ok) => {
    found[1]({
      request: () => ({ url: () => url }),
      continue: async () => ok(false),
      // Refused, as a failed load: a connection dropped before the answer is asked again by
      // WebKit's network stack, and then went through.
      abort: async () => { res.writeHead(503, { 'content-type': 'text/plain' }).end('refused by the test'); ok(true); },
      fulfill: async ({ status = 200, body = '', contentType = 'text/plain' } = {}) => { res.writeHead(status, { 'content-type': contentType }).end(body); ok(true); },
    });
  });
}

const contextOf = (req) => /(?:^|;\s*)fi-context=(\w+)/.exec(req.headers.cookie ?? '')?.[1];

// The init scripts' own addresses: `/__fi-init.js`, and `/__fi-blank`, where the engine sets its
// cookie. Neither is seen by `onRequest`.
function initScripts(req, res, path) {
  if (path === '/__fi-blank') { res.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>blank</title>'); return true; }
  if (path !== '/__fi-init.js') return false;
  const scripts = injected.get(contextOf(req)) ?? [];
  res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
  res.end([...scripts].map((s) => `try { ${s}\n} catch (e) { console.error(e); }`).join('\n'));
  return true;
}

// The init scripts' tag carries a nonce, which the page's policy is given: a host page whose
// policy allows scripts from another origin only still runs them first, as a real engine's init
// scripts run whatever the page's policy.
const NONCE = 'fi-init';
function withInitCsp(req, csp) {
  if (!injected.has(contextOf(req))) return csp;
  const directives = csp.split(';').map((d) => d.trim()).filter(Boolean);
  const script = directives.findIndex((d) => /^script-src(-elem)?\s/.test(d));
  if (script >= 0) {
    return directives.map((d) => (/^script-src(-elem)?\s/.test(d) ? `${d} 'nonce-${NONCE}'` : d)).join('; ');
  }
  const fallback = directives.find((d) => d.startsWith('default-src '));
  return fallback ? [...directives, `script-src ${fallback.slice('default-src '.length)} 'nonce-${NONCE}'`].join('; ') : csp;
}

function withInitScripts(req, html) {
  if (!injected.has(contextOf(req))) return html;
  const tag = `<script nonce="${NONCE}" src="/__fi-init.js"></script>`;
  const head = /<head(\s[^>]*)?>/i;
  return head.test(html) ? html.replace(head, (h) => h + tag) : tag + html;
}

/** The engine the tests drive: `BROWSER` (chromium, firefox, webkit), Chromium by default. */
export const ENGINE = process.env.BROWSER ?? 'chromium';

/** Debian's Chromium; `extraArgs` are added to its command line (the benchmark's third pass).
 *  Another engine (`BROWSER`) behind the same API (engines.mjs). */
export async function launch(extraArgs = []) {
  if (ENGINE !== 'chromium') return (await import('./engines.mjs')).launchEngine(ENGINE);
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
  });
}

// DIST=… points the tests or the benchmark at another build (a baseline to compare with).
export const DIST = normalize(process.env.DIST ?? join(import.meta.dirname, '..', '..', 'dist'));

/**
 * Records what a page does that privacy and security care about: every request it makes,
 * and every Content-Security-Policy violation (reported by the page itself).
 */
export async function instrument(context) {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { requests };
}

/**
 * Waits until the app has started: its own first render on the page, after it has taken over
 * the static first step (static/embed.js). A test that reads the page, not only acts on it,
 * waits for this: the static step's elements are replaced when the app takes over.
 */
export async function started(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-facture-impayee]')]
    .some((host) => host.shadowRoot?.querySelector('[data-rates-url] > .fi-app')));
}

/** The keys of a date in the order its field shows its parts, the browser's interface language's
 *  (Chromium here: month, day, year; Firefox with its French language pack: day, month, year). */
export function inFieldOrder(page, { day, month, year }) {
  // WebKit under LANG=C says « c », which Intl refuses: its fields are then in its default order.
  return page.evaluate((parts) => {
    let format;
    try { format = new Intl.DateTimeFormat(navigator.language); } catch { format = new Intl.DateTimeFormat(); }
    return format.formatToParts(new Date(2001, 1, 3)).filter((p) => p.type in parts).map((p) => parts[p.type]).join('');
  }, { day, month, year });
}

/** Waits until the widget shows the step whose heading is `title` (after Back, Forward or a
 *  click that changes the step). */
export function stepShown(page, title) {
  return page.waitForFunction((t) => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('h2')?.textContent === t, title);
}

/** Waits until the history entry of the step named `name` ("invoices", src/history.rs) is
 *  written: it comes in the task after the step's frame, and a Back sooner would precede it
 *  (a visitor is never that quick; a test under load was). */
export function stepRecorded(page, name) {
  return page.waitForFunction((n) => String(history.state?.['facture-impayee']).endsWith(`|${n}`), name);
}

/** What our own pages ask for ahead of embed.js (scripts/version-assets): the stylesheet linked
 *  in the head, the glue preloaded; their paths. */
export function aheadLinks(page) {
  return page.evaluate(() => [...document.querySelectorAll('head link[rel=stylesheet][href*="/"], link[rel=preload], link[rel=modulepreload]')].map((l) => new URL(l.href).pathname));
}
