// A long dossier on the results: the answer is painted first, then every invoice's folded
// detail is written, a few per task (src/components/results.rs), and none is missing, on
// screen or printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, DIST } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const COUNT = 42;
const form = {
  debtor_name: 'ACME SAS',
  next_id: 100,
  invoices: Array.from({ length: COUNT }, (_, i) => ({ id: i + 1, number: `F-${i}`, issue_date: '2024-03-10', amount: `${1000 + i}`, term: 'DueDate', due_date: '2024-04-10', payments: [] })),
};

test(`${COUNT} invoices: the answer, then the detail of each, shown and printed`, async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript((v) => localStorage.setItem('facture-impayee/dossier', v),
    JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Results', reached: 'Results', form }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await page.locator('.fi-lead').waitFor();
  await page.waitForFunction((n) => document.querySelector('[data-facture-impayee]').shadowRoot.querySelectorAll('.fi-invoice-result .fi-segments').length === n, COUNT);
  const details = page.locator('.fi-invoice-result');
  assert.equal(await details.count(), COUNT);
  // Each detail is its own invoice's, in order, with its half-years.
  for (const i of [0, 17, COUNT - 1]) {
    const d = details.nth(i);
    assert.match(await d.locator('> summary').textContent(), new RegExp(`^Facture F-${i} : `));
    assert.match(await d.locator('caption').textContent(), new RegExp(`facture F-${i},`));
    assert.ok(await d.locator('tbody tr').count() >= 5, 'from 2024 to late 2026');
  }
  // A detail opened shows its table.
  await details.nth(17).locator('> summary').click();
  assert.ok(await details.nth(17).locator('.fi-segments').isVisible());
  // Printed, every folded detail is unfolded (app.css, @media print).
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.fi-invoice-result .fi-segments').evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().height > 0).length), COUNT);
  // The browser's print opens every detail first, and closes again only those it opened
  // (VISITORS M5: a printout had everything folded).
  const open = () => page.evaluate(() => [...document.querySelector('[data-facture-impayee]').shadowRoot.querySelectorAll('details')].map((d) => d.open));
  const before = await open();
  assert.ok(before.some((o) => !o), 'some details are closed on screen');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok((await open()).every((o) => o), 'every detail is open to print');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.deepEqual(await open(), before, 'back as the visitor left them');
  assert.deepEqual(errors, []);
  await context.close();
});
