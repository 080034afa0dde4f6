// Browser figures for scripts/bench (a benchmark, not a test): time to interactive over 20
// cold loads, and the time from a click to the PDF or DOCX download for a 5-invoice dossier.
import { serve, launch, DIST } from './harness.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const server = await serve(DIST);
const browser = await launch();

const tti = [], dcl = [];
for (let i = 0; i < 20; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('facture-impayee:interactive').length > 0);
  const [mark, nav] = await page.evaluate(() => [
    performance.getEntriesByName('facture-impayee:interactive')[0].startTime,
    performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  ]);
  tti.push(mark); dcl.push(nav);
  await context.close();
}
console.log(`time to interactive (first render, fresh profile, localhost): median ${median(tti).toFixed(0)} ms over 20 loads (min ${Math.min(...tti).toFixed(0)}, max ${Math.max(...tti).toFixed(0)}); DOMContentLoaded median ${median(dcl).toFixed(0)} ms`);

// A 5-invoice dossier, seeded as a stored dossier, opened on the letter.
const invoice = (i) => ({ id: i + 1, number: `F-2024-00${i}`, issue_date: `2024-0${i + 1}-10`, delivery_date: '', amount: `${1500 + 250 * i}`, term: 'DueDate', due_date: `2024-0${i + 2}-10`, days: '', contract_rate: '', payments: [] });
const stored = JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Letter', form: { debtor_name: 'ACME SAS', invoices: [0, 1, 2, 3, 4].map(invoice), next_id: 10 } });
// A fresh page for each download: Chromium throttles many automatic downloads from one page.
async function letterPage() {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript((v) => localStorage.setItem('facture-impayee/dossier', v), stored);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await page.locator('.fi-letter').waitFor();
  return page;
}
for (const [label, name] of [['PDF', 'Télécharger en PDF'], ['DOCX', 'Télécharger en Word (.docx)']]) {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const page = await letterPage();
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
        times.push(Date.now() - started);
    await download.path();
    await page.context().close();
  }
  console.log(`${label} for a 5-invoice dossier, click to download, in Chromium: median ${median(times)} ms over 10`);
}
await browser.close();
await server.close();
