// Lighthouse for scripts/bench (a benchmark, not a test): mobile and desktop, against dist/
// served compressed under the strict CSP, with Debian's Chromium. Prints the four scores and LCP.
// Usage: node lighthouse.mjs <path to the lighthouse CLI>
import { execFile } from 'node:child_process';
import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serve, DIST } from './harness.mjs';

const cli = process.argv[2];
const server = await serve(DIST, { compress: true });
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
    const lcp = report.audits['largest-contentful-paint'];
    console.log(`Lighthouse ${preset}, served compressed: performance ${score('performance')} / accessibility ${score('accessibility')} / best practices ${score('best-practices')} / SEO ${score('seo')}; LCP ${(lcp.numericValue / 1000).toFixed(2)} s (simulated)`);
  }
} finally {
  await server.close();
}
