// The questionnaire and results, end to end against the release build in Chromium.
// The clock is fixed so the figures are those of the worked case 01 (half-year split).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { serve, launch, started, inFieldOrder, DIST, ENGINE } from './harness.mjs';
import { fillDossier, FIELD } from './walk.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const KEY = 'facture-impayee/dossier';
const TODAY = new Date('2025-07-20T10:00:00');

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh page at the fixed date; `init` runs before the app in every navigation. */
async function open({ init, width = 1200, bypassCSP = false } = {}) {
  // bypassCSP only for axe-core, whose injection is an inline script the page's CSP refuses.
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, bypassCSP });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(TODAY);
  await page.goto(server.url);
  await started(page);
  return { page, context, errors };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
  assert.ok(result.passes.length > 20, `axe ran only ${result.passes.length} passing rules`);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a complete dossier shows the amounts and the recommendation', async () => {
  const { page, errors } = await open();
  await fillDossier(page);
  const lead = await page.locator('.fi-lead').textContent();
  assert.match(lead, /1\u202f052,06\u00a0€/);
  assert.match(lead, /injonction de payer/);
  assert.match(lead, /tribunal de commerce/);
  const rows = page.locator('.fi-segments tbody tr');
  // Each invoice's folded detail is written a few frames after the answer is painted.
  await rows.first().waitFor({ state: 'attached' });
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).textContent(), /16\/06\/2025 → 30\/06\/2025.*15.*13,15\u00a0%.*5,40\u00a0€/);
  assert.match(await rows.nth(1).textContent(), /01\/07\/2025 → 20\/07\/2025.*20.*12,15\u00a0%.*6,66\u00a0€/);
  assert.match(await page.locator('.fi-totals').textContent(), /Indemnités forfaitaires de recouvrement40,00\u00a0€/);
  assert.match(await page.locator('.fi-ruled-out, .fi-path').first().textContent(), /\S/);
  assert.equal(await page.locator('.fi-timeline li').count(), 7);
  assert.deepEqual(errors, []);
});

test('reload restores every answer and the step', async () => {
  const { page } = await open();
  await fillDossier(page);
  await page.reload();
  await page.locator('.fi-lead').waitFor();
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  await page.getByRole('button', { name: '2. Factures' }).click();
  assert.equal(await page.locator(FIELD.amount()).inputValue(), '1 000');
  await page.reload();
  await page.locator(FIELD.amount()).waitFor();
  assert.match(await page.locator('.fi-progress__count').textContent(), /Étape 2 sur 5/);
  assert.equal(await page.locator(FIELD.number()).inputValue(), 'F-2025-001');
});

test('erase empties everything after a confirmation', async () => {
  const { page } = await open();
  await fillDossier(page);
  await page.getByRole('button', { name: 'Effacer mes données' }).click();
  assert.ok(await page.evaluate((k) => localStorage.getItem(k), KEY), 'nothing erased before confirming');
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await page.getByText('Vos données ont été effacées.').waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('facture-impayee'))), [], 'nothing of the dossier left in storage, not even an empty one');
  assert.match(await page.locator('.fi-progress__count').textContent(), /Étape 1 sur 5/);
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), '');
  await page.reload();
  await started(page);
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), '');
});

test('wrong values show a French message beside the field and keep the text', async () => {
  const { page } = await open();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator(FIELD.amount()).fill('12,3,4');
  const amountError = page.locator('#f-invoices-0-amount-error');
  await amountError.waitFor();
  assert.match(await amountError.textContent(), /plusieurs virgules/);
  assert.equal(await page.locator(FIELD.amount()).inputValue(), '12,3,4');
  assert.match(await page.locator(FIELD.amount()).getAttribute('aria-describedby'), /f-invoices-0-amount-error/);
  await page.locator(FIELD.issue()).fill('2025-05-01');
  await page.locator(FIELD.due()).fill('2025-04-01');
  const dueError = page.locator('#f-invoices-0-term-date-error');
  await dueError.waitFor();
  assert.equal(await dueError.textContent(), "La date d'échéance ne peut pas précéder la date de facture.");
  // « Suivant » refuses and says why; the empty number stays optional.
  await page.getByRole('button', { name: 'Suivant' }).click();
  assert.match(await page.locator('.fi-progress__count').textContent(), /Étape 2 sur 5/);
  await page.getByRole('alert').first().waitFor();
  assert.equal(await page.locator('#f-invoices-0-number-error').count(), 0);
});

test('corrupt storage still starts the app, and the copy is kept aside', async () => {
  const { page, errors } = await open({
    init: () => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('facture-impayee/dossier', '{not json');
        sessionStorage.setItem('seeded', '1');
      }
    },
  });
  assert.match(await page.locator('.fi-privacy').textContent(), /illisible/);
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('facture-impayee/dossier-illisible/')));
  assert.equal(copies.length, 1, `copies: ${copies}`);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), copies[0]), '{not json');
  await fillDossier(page);
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  assert.deepEqual(errors, []);
});

test('blocked storage: the app works in memory and says so', async () => {
  const { page, errors } = await open({
    init: () => Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    }),
  });
  assert.match(await page.locator('.fi-privacy').textContent(), /bloque l'enregistrement/);
  await fillDossier(page);
  // On the results, the dossier is there, in memory, and the app still says so.
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  assert.match(await page.locator('.fi-privacy').textContent(), /bloque l'enregistrement/);
  assert.deepEqual(errors, []);
});

test('full storage: the app says the storage is full, not that the browser blocks it', async () => {
  const { page, errors } = await open({
    init: () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; },
  });
  await page.getByLabel('Nom du débiteur').fill('ACME');
  await page.getByText("L'espace de stockage de ce navigateur est plein", { exact: false }).waitFor();
  assert.equal(await page.getByText("Ce navigateur bloque l'enregistrement", { exact: false }).count(), 0);
  assert.deepEqual(errors, []);
});

test('export then import brings the dossier back; a foreign file is refused clearly', async () => {
  const { page } = await open();
  await fillDossier(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter mon dossier' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'dossier-facture-impayee-2025-07-20.json');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.format, 'facture-impayee/dossier');
  assert.equal(exported.form.invoices[0].amount, '1 000');

  const fresh = await open();
  await fresh.page.locator('input[type=file]').setInputFiles(await download.path());
  await fresh.page.getByText('Dossier importé.').waitFor();
  await fresh.page.locator('.fi-lead').waitFor();
  assert.match(await fresh.page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  // The notice stays beside the import button on the results the import opened.
  assert.ok(await fresh.page.getByText('Dossier importé.').isVisible(), 'the notice stays on the results');

  const dir = await mkdtemp(join(tmpdir(), 'fi-'));
  const foreign = join(dir, 'autre.json');
  await writeFile(foreign, '{"hello": "world"}');
  await fresh.page.locator('input[type=file]').setInputFiles(foreign);
  await fresh.page.getByText("Ce fichier n'est pas un dossier exporté par cette application.").waitFor();
  assert.match(await fresh.page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/, 'a refused import changes nothing');
});

test('keyboard: Enter goes on, focus moves to the new step heading', async () => {
  const { page } = await open();
  await page.getByLabel('Nom du débiteur').focus();
  await page.keyboard.type('ACME');
  await page.keyboard.press('Enter');
  await page.locator(FIELD.amount()).waitFor();
  const focused = await page.evaluate(() => {
    const inner = document.querySelector('[data-facture-impayee]').shadowRoot.activeElement;
    return inner.tagName + ':' + inner.textContent;
  });
  assert.equal(focused, 'H2:Vos factures impayées');
});

test('focus: a refused « Suivant » goes to the first field in error with its label in view; a line added takes the focus, a removal leaves it on the add button', async () => {
  for (const width of [1200, 390]) {
    const { page } = await open({ width });
    const active = () => page.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.id ?? '');
    const inView = (selector) => page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator(FIELD.amount()).waitFor();
    // VISITORS S4: amount and dates empty, the amount comes first in the page.
    await page.getByRole('button', { name: 'Suivant' }).click();
    assert.equal(await active(), 'f-invoices-0-amount', `${width} px`);
    assert.ok(await inView('label[for="f-invoices-0-amount"]'), `${width} px: the label is on screen`);
    // A new invoice: its number takes the focus, on screen.
    await page.getByRole('button', { name: 'Ajouter une autre facture' }).click();
    await page.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.id === 'f-invoices-1-number');
    assert.ok(await inView('#f-invoices-1-number'), `${width} px: the new invoice is on screen`);
    // A payment added to the first invoice: its date.
    await page.getByRole('button', { name: 'Ajouter un paiement partiel reçu' }).first().click();
    assert.equal(await active(), 'f-invoices-0-payments-0-date');
    await page.getByRole('button', { name: 'Retirer le paiement n° 1' }).click();
    assert.equal(await page.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.textContent), 'Ajouter un paiement partiel reçu');
    // A removal: the focus stays in the list, on its add button.
    await page.getByRole('button', { name: 'Retirer la facture 2' }).click();
    const focused = await page.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.textContent);
    assert.equal(focused, 'Ajouter une autre facture', `${width} px`);
    await page.context().close();
  }
});

const DATE_ORDER = { chromium: 'a browser in English: month first', firefox: 'Firefox in French: day first', webkit: 'in WebKit each date set as its picker sets it, WebKitWebDriver\'s keys not reaching a date field\'s parts' };
test(`a date is said back in words under its field, and one refused that reads either way round asks whether day and month are swapped (${DATE_ORDER[ENGINE]})`, async () => {
  // VISITORS S3: a date field follows the browser's interface language, whatever the page's:
  // mm/dd/yyyy in this en-US Chromium (a French visitor typing day first gets another date),
  // jj/mm/aaaa in Firefox with its French language pack. The keys are typed as a visitor does,
  // after a click on the field, in the field's own order.
  const typeDate = async (field, parts, picked, { over = false } = {}) => {
    await field.click();
    if (ENGINE === 'webkit') { await field.fill(picked); return; }
    if (over) await page.keyboard.press('Control+A');
    await page.keyboard.type(await inFieldOrder(page, parts));
  };
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-04T10:00:00'));
  await page.goto(server.url);
  await started(page);
  await page.getByRole('button', { name: 'Suivant' }).click();
  const issue = page.locator(FIELD.issue());
  const hint = page.locator(`${FIELD.issue()}-hint`);
  await typeDate(issue, { day: '15', month: '06', year: '2026' }, '2026-06-15');
  await issue.blur();
  assert.equal(await issue.inputValue(), '2026-06-15');
  assert.ok((await hint.textContent()).includes('lundi 15 juin 2026'), await hint.textContent());
  // A French visitor types the 12th of June day first: an English browser reads 6 December, in
  // the future (so typed here in any field's order).
  await page.locator(FIELD.amount()).fill('1 000');
  await page.locator(FIELD.due()).fill('2026-12-31');
  await typeDate(issue, { day: '06', month: '12', year: '2026' }, '2026-12-06', { over: true });
  await issue.blur();
  await page.getByRole('button', { name: 'Suivant' }).click();
  assert.equal(await issue.inputValue(), '2026-12-06');
  assert.ok((await page.locator(`${FIELD.issue()}-error`).textContent()).includes('futur'));
  assert.ok((await hint.textContent()).includes('dimanche 6 décembre 2026 : le jour et le mois sont-ils inversés ?'), await hint.textContent());
  await context.close();
});

test('accessibility: axe-core finds no violation on the steps, the results and the letter', async () => {
  for (const width of [1200, 390]) {
        const { page } = await open({ width, bypassCSP: true });
    assert.deepEqual(await axeViolations(page), [], `step 1 at ${width}px`);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('alert').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], `step 2 with errors at ${width}px`);
    await page.getByRole('button', { name: 'Précédent' }).click();
    await fillDossier(page);
    assert.deepEqual(await axeViolations(page), [], `results at ${width}px`);
    await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
    await page.locator('.fi-letter').waitFor();
    assert.deepEqual(await axeViolations(page), [], `letter at ${width}px`);
  }
});

test('the deadlines ahead download as a calendar file that an independent parser reads', async () => {
  const { page, errors } = await open();
  await fillDossier(page);
  const calendar = page.getByRole('button', { name: 'Ajouter les échéances à mon agenda (.ics)' });
  const [file] = await Promise.all([page.waitForEvent('download'), calendar.click()]);
  assert.equal(file.suggestedFilename(), 'echeances-acme-sas-2025-07-20.ics');
  const { execFileSync } = await import('node:child_process');
  const events = execFileSync('/usr/bin/python3', ['-c', [
    'import sys, icalendar',
    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
    "print('\\n'.join(e.decoded('DTSTART').isoformat() + ' ' + str(e.get('SUMMARY')) for e in cal.walk('VEVENT')))",
  ].join('\n'), await file.path()], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(events.length >= 1, events.join('\n'));
  // The next step's own words for the limitation deadline (« Faire signifier avant la
  // prescription » for an injonction de payer, AUDIT I2), or the timeline's.
  assert.ok(events.some((e) => e.includes('avant la prescription') || e.includes('Dernier jour pour aller en justice (prescription)')), events.join('\n'));
  assert.ok(events.every((e) => e.includes('ACME SAS')), events.join('\n'));
  assert.ok(events.every((e) => e.slice(0, 10) >= '2025-07-20'), 'only deadlines ahead');
  assert.deepEqual(errors, []);
});
