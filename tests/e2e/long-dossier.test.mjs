// A long dossier on the results: the answer is painted first, then every invoice's folded
// detail is written, a few per task (src/components/results.rs), and none is missing, on
// screen or printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve, launch, DIST, ENGINE } from './harness.mjs';

/** A PDF's text, as poppler's pdftotext reads it, lines joined. */
const pdfText = (pdf) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString().replace(/\s+/g, ' ');

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
  // Printed, every folded detail is unfolded (app.css, @media print). A folded table still has a
  // box (its height said nothing): whether it is drawn is checkVisibility's. Firefox's harness
  // cannot emulate print media: its own printout is read there, each detail's table caption in
  // it. (WebKit's applies the print rules on screen: engines.mjs.)
  const drawn = () => page.locator('.fi-invoice-result .fi-segments').evaluateAll((ts) => ts.filter((t) => t.checkVisibility()).length);
  assert.equal(await drawn(), 1, 'on screen, the one opened');
  if (ENGINE !== 'firefox') {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await drawn(), COUNT);
  } else {
    const text = pdfText(await page.pdf());
    const missing = Array.from({ length: COUNT }, (_, i) => i).filter((i) => !text.includes(`facture F-${i},`));
    assert.deepEqual(missing, [], 'every detail printed');
  }
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

// A long dossier on the invoices step: one line per invoice, and the fields of what the
// visitor opens, adds or must correct (src/folds.rs; PROBE F7: 200 invoices of 50 payments
// shown whole were 20 000 inputs, seconds of a frozen page).
const shadow = (page, selector) => page.evaluate((s) => document.querySelector('[data-facture-impayee]').shadowRoot.querySelectorAll(s).length, selector);
const focused = (page) => page.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.id);

test('twelve invoices: one line each, opened and folded again, opened where « Suivant » was refused', async () => {
  const twelve = {
    debtor: 'Company', debtor_name: 'ACME SAS', next_id: 5000,
    invoices: Array.from({ length: 12 }, (_, i) => ({
      id: i + 1, number: `F-${i + 1}`, issue_date: '2024-03-10', amount: `${1200 + i},50`, term: 'DueDate', due_date: '2024-04-10',
      // The fourth has eight payments, the seventh of them dated in the future.
      payments: Array.from({ length: i === 3 ? 8 : i % 2 }, (_, j) => ({ id: 1000 + 100 * i + j, date: j === 6 ? '2031-01-01' : '2024-09-01', amount: '100' })),
    })),
  };
  const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
  await context.addInitScript((v) => localStorage.setItem('facture-impayee/dossier', v),
    JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', reached: 'Invoices', form: twelve }));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await page.locator('#f-open-invoice-11').waitFor();
  assert.equal(await shadow(page, '.fi-invoice--folded'), 12);
  assert.equal(await shadow(page, '.fi-invoice input'), 0, 'no invoice shows its fields');
  assert.equal(await page.locator('.fi-invoice--folded').nth(3).textContent(),
    'Facture F-4 : 1\u202f203,50\u00a0€, du 10 mars 2024, 8 paiements partielsÀ compléter ou corriger.Modifier la facture F-4');
  // Opened: its fields, the focus on the first; folded again: the focus on the button back.
  await page.getByRole('button', { name: 'Modifier la facture F-2' }).click();
  assert.equal(await page.locator('#f-invoices-1-amount').inputValue(), '1201,50');
  assert.equal(await focused(page), 'f-invoices-1-number');
  await page.getByRole('button', { name: 'Replier la facture F-2' }).click();
  assert.equal(await shadow(page, '#f-invoices-1-amount'), 0);
  assert.equal(await focused(page), 'f-open-invoice-1');
  // « Suivant » refused: the invoice to correct opens, its eight payments too, the focus on
  // the wrong date; corrected, it stays open.
  await page.getByRole('button', { name: 'Suivant' }).click();
  assert.equal(await focused(page), 'f-invoices-3-payments-6-date');
  assert.equal(await shadow(page, '.fi-payment'), 8);
  await page.locator('#f-invoices-3-payments-6-date').fill('2024-09-02');
  assert.equal(await shadow(page, '.fi-payment'), 8);
  assert.equal(await shadow(page, '.fi-invoice--folded'), 11);
  // Its payments folded: one line with their total, and back.
  await page.getByRole('button', { name: 'Replier les paiements' }).click();
  assert.equal(await page.locator('.fi-payments-folded p').textContent(), '8 paiements partiels reçus, 800,00\u00a0€ au total.');
  assert.equal(await focused(page), 'f-open-payments-3');
  await page.getByRole('button', { name: 'Voir et modifier les 8 paiements' }).click();
  assert.equal(await focused(page), 'f-invoices-3-payments-0-date');
  // An invoice added opens, the focus on its number.
  await page.getByRole('button', { name: 'Ajouter une autre facture' }).click();
  assert.equal(await focused(page), 'f-invoices-12-number');
  assert.equal(await shadow(page, '.fi-invoice--folded'), 11);
  // Nothing typed was lost by folding: the corrected date is stored.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('facture-impayee/dossier')));
  assert.equal(stored.form.invoices[3].payments[6].date, '2024-09-02');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the heaviest dossier the app accepts (200 invoices of 50 payments) shows a line per invoice, not 20 000 inputs', async () => {
  const heaviest = {
    debtor: 'Company', debtor_name: 'ACME SAS', next_id: 100000,
    invoices: Array.from({ length: 200 }, (_, i) => ({
      id: i + 1, number: `F-${i}`, issue_date: '2024-03-10', amount: '100000', term: 'DueDate', due_date: '2024-04-10',
      payments: Array.from({ length: 50 }, (_, j) => ({ id: 1000 + 100 * i + j, date: '2024-09-01', amount: '10' })),
    })),
    reminders: Array.from({ length: 30 }, (_, i) => ({ id: 90000 + i, date: '2024-06-01' })),
  };
  const context = await browser.newContext();
  await context.addInitScript((v) => localStorage.setItem('facture-impayee/dossier', v),
    JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', reached: 'Invoices', form: heaviest }));
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await page.locator('#f-open-invoice-199').waitFor();
  assert.equal(await shadow(page, '.fi-invoice--folded'), 200);
  assert.equal(await shadow(page, '.fi-invoice input'), 0);
  // One opened shows its fields and its payments on one line.
  await page.locator('#f-open-invoice-150').click();
  assert.equal(await shadow(page, '.fi-payment'), 0);
  assert.match(await page.locator('.fi-payments-folded p').textContent(), /^50 paiements partiels reçus, 500,00\u00a0€ au total\.$/);
  await context.close();
});
