// Lighthouse for scripts/bench (a benchmark, not a test): mobile and desktop, against dist/
// served compressed under the strict CSP, with Debian's Chromium. Prints the four scores and the
// metrics behind the performance score.
// Usage: node lighthouse.mjs <path to the lighthouse CLI>
import { execFile } from 'node:child_process';
import { readFile, readdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { serve, DIST } from './harness.mjs';

const cli = process.argv[2];
const server = await serve(DIST, { compress: true });
// The server compresses each file on its first request and keeps it, as a host serves files
// compressed ahead: asked for once here, so no run waits on brotli (it shares these 2 cores).
const files = (await readdir(DIST, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
for (const file of files) {
  for (const encoding of ['br', 'gzip']) await fetch(server.url + relative(DIST, file), { headers: { 'accept-encoding': encoding } }).then((r) => r.arrayBuffer());
}
const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
const flags = '--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync';
try {
  for (const preset of ['mobile', 'desktop']) {
    const out = join(dir, `${preset}.json`);
    const args = [server.url, `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'];
    if (preset === 'desktop') args.push('--preset=desktop');
    // Asynchronous: the server answering Lighthouse runs in this process.
    await promisify(execFile)(cli, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    const report = JSON.parse(await readFile(out, 'utf8'));
    const score = (c) => Math.round(report.categories[c].score * 100);
    // The metrics behind the performance score, each with its own score (0 to 1).
    const metric = (id, name) => {
      const a = report.audits[id];
      return `${name} ${id === 'cumulative-layout-shift' ? a.numericValue.toFixed(2) : `${(a.numericValue / 1000).toFixed(2)} s`} (${a.score})`;
    };
    const metrics = [['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'], ['total-blocking-time', 'TBT'], ['cumulative-layout-shift', 'CLS'], ['speed-index', 'SI']]
      .map(([id, name]) => metric(id, name)).join(', ');
    console.log(`Lighthouse ${preset}, served compressed: performance ${score('performance')} / accessibility ${score('accessibility')} / best practices ${score('best-practices')} / SEO ${score('seo')}; ${metrics} (simulated)`);
  }
} finally {
  await server.close();
}
