// Lighthouse for scripts/bench (a benchmark, not a test): mobile and desktop, against dist/
// served compressed under the strict CSP, with Debian's Chromium. Prints the four scores and the
// metrics behind the performance score, of the median of five runs.
// Usage: node lighthouse.mjs <path to the lighthouse CLI>
import { execFile } from 'node:child_process';
import { readFile, readdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
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
// Five runs of each, and the median run as Lighthouse picks it (computeMedianRun: the run
// nearest the median FCP and TTI): Lighthouse's docs/variability.md finds the median of five
// twice as stable as one run. Every run's performance score is printed too.
const RUNS = 5;
const { computeMedianRun } = await import(join(dirname(cli), '..', 'lighthouse', 'core', 'lib', 'median-run.js'));
try {
  for (const preset of ['mobile', 'desktop']) {
    const reports = [];
    for (let run = 0; run < RUNS; run++) {
      const out = join(dir, `${preset}-${run}.json`);
      const args = [server.url, `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`, '--quiet'];
      if (preset === 'desktop') args.push('--preset=desktop');
      // Asynchronous: the server answering Lighthouse runs in this process.
      await promisify(execFile)(cli, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
      reports.push(JSON.parse(await readFile(out, 'utf8')));
    }
    const report = computeMedianRun(reports);
    const score = (c, r = report) => Math.round(r.categories[c].score * 100);
    // The metrics behind the performance score, each with its own score (0 to 1).
    const metric = (id, name) => {
      const a = report.audits[id];
      return `${name} ${id === 'cumulative-layout-shift' ? a.numericValue.toFixed(2) : `${(a.numericValue / 1000).toFixed(2)} s`} (${a.score})`;
    };
    const metrics = [['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'], ['total-blocking-time', 'TBT'], ['cumulative-layout-shift', 'CLS'], ['speed-index', 'SI']]
      .map(([id, name]) => metric(id, name)).join(', ');
    const each = reports.map((r) => `${score('performance', r)} (TBT ${(r.audits['total-blocking-time'].numericValue / 1000).toFixed(2)} s, LCP ${(r.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s)`).join(', ');
    console.log(`Lighthouse ${preset}, served compressed, median of ${RUNS} runs: performance ${score('performance')} / accessibility ${score('accessibility')} / best practices ${score('best-practices')} / SEO ${score('seo')}; ${metrics} (simulated)`);
    console.log(`  each run's performance, in order: ${each}`);
  }
} finally {
  await server.close();
}
