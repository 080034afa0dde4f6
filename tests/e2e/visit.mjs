// The whole of a first visit, as issue 37 asks it measured (a benchmark, not a test): from an
// empty cache to the downloaded mise en demeure, on a phone's width, under Lighthouse's mobile
// throttling (4× CPU; slow 4G as DevTools applies it: 562.5 ms of latency, 1 474.56 kbit/s
// down, 675 up), the files served compressed as a host serves them.
// Printed: the bytes of every file the visit fetched (as sent, brotli here, and gzip -9 of the
// same files), the time from « Voir le résultat » to the frame that paints the answer, and from
// « Préparer … » to the letter shown, twice each: for a visitor who takes a few seconds on each
// screen (the app wholly loaded meanwhile), and for one who clicks at once.
// Usage: node visit.mjs [runs], after a release build (DIST=… for another build).
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, started, DIST } from './harness.mjs';
import { fillInvoice } from './walk.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const server = await serve(DIST, { compress: true });
const browser = await launch();

/** In the page: from a click on the button whose text starts with `label` to the first frame
 *  in which `selector` is in the widget. */
function clickToFrame([label, selector]) {
  const root = document.querySelector('[data-facture-impayee]').shadowRoot;
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(label));
  return new Promise((ok) => {
    const start = performance.now();
    const watch = () => requestAnimationFrame(() => (root.querySelector(selector) ? ok(performance.now() - start) : watch()));
    watch();
    button.click();
  });
}

async function visit({ patient }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const fetched = new Map();
  const urls = new Map();
  cdp.on('Network.requestWillBeSent', (e) => { if (e.request.url.startsWith('http')) urls.set(e.requestId, e.request.url); });
  cdp.on('Network.loadingFinished', (e) => { const url = urls.get(e.requestId); if (url) fetched.set(url, (fetched.get(url) ?? 0) + e.encodedDataLength); });
  const loaded = (file) => page.waitForResponse((r) => r.url().endsWith(file)).then((r) => r.finished());
  const whole = loaded('/facture-impayee_bg.wasm');
  await page.goto(server.url);
  await started(page);
  await page.getByLabel('Nom du débiteur').fill('ACME SAS');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await fillInvoice(page, { number: 'F-2026-014', amount: '2 400', issue: '2026-06-01', due: '2026-07-01' });
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Ajouter une relance' }).click();
  await page.locator('#f-reminders-0').fill('2026-07-20');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).waitFor();
  if (patient) {
    await whole;
  }
  const answer = await page.evaluate(clickToFrame, ['Voir le résultat', '.fi-lead']);
  const letter = await page.evaluate(clickToFrame, ['Préparer la mise en demeure', '.fi-letter']);
  await page.locator('.fi-letter__subject', { hasText: 'Mise en demeure' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en PDF' }).click()]);
  await download.path();
  await context.close();
  return { answer, letter, fetched };
}

/** gzip -9 and brotli -q 11 of a file of the build, by its address. */
function compressedSizes(url) {
  const path = new URL(url).pathname;
  let bytes;
  try { bytes = readFileSync(join(DIST, path === '/' ? 'index.html' : decodeURIComponent(path))); } catch { return [0, 0]; }
  return [gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
}

for (const patient of [true, false]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit({ patient }));
  const who = patient ? 'a visitor who takes a few seconds on each screen' : 'a visitor who clicks at once';
  const figure = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`${who}, 4× CPU and slow 4G, ${RUNS} fresh profiles: « Voir le résultat » to the answer painted ${figure(runs.map((r) => r.answer))}; « Préparer la mise en demeure » to the letter shown ${figure(runs.map((r) => r.letter))}`);
  if (patient) {
    const { fetched } = runs[0];
    let sent = 0, gzip = 0, brotli = 0;
    const lines = [];
    for (const [url, bytes] of fetched) {
      const [g, b] = compressedSizes(url);
      sent += bytes; gzip += g; brotli += b;
      lines.push(`  ${String(bytes).padStart(8)} sent  ${String(g).padStart(8)} gzip  ${String(b).padStart(8)} brotli  ${new URL(url).pathname}`);
    }
    console.log(`bytes of a first visit to the downloaded mise en demeure: ${sent} sent (brotli, with headers), ${gzip} gzip -9 and ${brotli} brotli -q 11 of the same files`);
    console.log(lines.join('\n'));
  }
}
await browser.close();
await server.close();
