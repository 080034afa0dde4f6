// Nothing the visitor typed is lost (issue 13): imported and stored dossiers with repeated ids,
// files too large or with too many lines, dates far in the past. Each test failed on the build
// before its fix.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, started, DIST } from './harness.mjs';
import { fillDossier } from './walk.mjs';

const KEY = 'facture-impayee/dossier';
let server, browser, dir;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'fi-storage-'));
});
after(async () => { await browser?.close(); await server?.close(); });

async function open() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await started(page);
  return { page, errors };
}

const dossier = (form) => JSON.stringify({ format: 'facture-impayee/dossier', version: 1, form, step: 'Invoices' });

async function importFile(page, name, text) {
  const path = join(dir, name);
  await writeFile(path, text);
  await page.locator('input[type=file]').setInputFiles(path);
}

test('an imported dossier whose invoices have no id: typing and removing act on the right invoice', async () => {
  const { page, errors } = await open();
  const invoice = (number) => ({ number, amount: '100', issue_date: '2026-09-01', term: 'DueDate', due_date: '2026-10-01' });
  await importFile(page, 'sans-id.json', dossier({ debtor_name: 'ACME', invoices: [invoice('A'), invoice('B'), invoice('C')], next_id: 4294967295 }));
  await page.getByText('Dossier importé.').waitFor();
  await page.locator('#f-invoices-2-amount').fill('300');
  assert.equal(await page.locator('#f-invoices-0-amount').inputValue(), '100', 'invoice 1 untouched');
  assert.equal(await page.locator('#f-invoices-2-amount').inputValue(), '300');
  await page.getByRole('button', { name: 'Retirer la facture B' }).click();
  assert.equal(await page.locator('#f-invoices-0-number').inputValue(), 'A');
  assert.equal(await page.locator('#f-invoices-1-number').inputValue(), 'C');
  assert.equal(await page.locator('#f-invoices-2-number').count(), 0);
  // A new invoice gets an id of its own, past the largest.
  await page.getByRole('button', { name: 'Ajouter une autre facture' }).click();
  await page.locator('#f-invoices-2-number').fill('D');
  assert.equal(await page.locator('#f-invoices-0-number').inputValue(), 'A');
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  const ids = stored.form.invoices.map((i) => i.id);
  assert.equal(new Set(ids).size, 3, `ids ${ids}`);
  assert.ok(stored.form.next_id > Math.max(...ids));
  assert.deepEqual(errors, []);
});

test('a file too large or with too many invoices is refused with why, and the page stays responsive', async () => {
  const { page, errors } = await open();
  await page.getByLabel('Nom du débiteur').fill('Mon dossier');
  // 20 000 invoices in 1.5 MB froze the page for 96 s.
  const many = Array.from({ length: 20000 }, (_, i) => ({ number: `F-${i}`, amount: '100', issue_date: '2026-09-01' }));
  await importFile(page, 'enorme.json', dossier({ invoices: many }));
  await page.getByText('Ce fichier est trop volumineux pour un dossier (plus de 1000 Ko) : il n\'a pas été ouvert.').waitFor({ timeout: 3000 });
  await importFile(page, 'trop.json', dossier({ invoices: many.slice(0, 201) }));
  await page.getByText('Ce dossier ne peut pas être ouvert. Au plus 200 factures par dossier : ce dossier en compte davantage.').waitFor({ timeout: 3000 });
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Mon dossier', 'a refused file changes nothing');
  assert.deepEqual(errors, []);
});

test('at 200 invoices, « Ajouter une autre facture » gives way to the limit', async () => {
  const { page, errors } = await open();
  const invoices = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, number: `F-${i}`, amount: '100', issue_date: '2026-09-01', term: 'DueDate', due_date: '2026-10-01' }));
  await importFile(page, 'limite.json', dossier({ invoices, next_id: 201 }));
  await page.getByText('Dossier importé.').waitFor();
  await page.getByText('Au plus 200 factures par dossier.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Ajouter une autre facture' }).count(), 0);
  assert.deepEqual(errors, []);
});

test('a paragraph of 100 000 characters with no space, in an import, is refused with why; the dossier stays (F13)', async () => {
  const { page, errors } = await open();
  await page.getByLabel('Nom du débiteur').fill('Client en cours');
  await importFile(page, 'long.json', dossier({ debtor_name: 'Autre', letter: { extra: 'x'.repeat(100000) } }));
  await page.getByText('Ce dossier ne peut pas être ouvert : un de ses textes dépasse 20\u202f000 caractères, plus que le champ n\'en garde.').waitFor();
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Client en cours');
  assert.deepEqual(errors, []);
});

test('a stored date before 2000 is refused beside its field, never computed', async () => {
  // The engine refuses year 1 too (engine/src/validate.rs); the form reads « 0001 » as 2001,
  // as it reads a year typed on two digits, so the browser sees 1999 here.
  const { page, errors } = await open();
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, dossier({
    invoices: [{ id: 1, number: 'A', amount: '100', issue_date: '1999-01-01', term: 'DueDate', due_date: '1999-02-01' }],
  })]);
  await page.reload();
  await page.locator('#f-invoices-0-issue_date-error').waitFor();
  assert.match(await page.locator('#f-invoices-0-issue_date-error').textContent(), /1999/);
  // No way leads to the results: the later steps are not links, and « Suivant » stays here.
  assert.equal(await page.getByRole('button', { name: '5. Résultats' }).count(), 0);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('#f-invoices-0-issue_date-error').waitFor();
  assert.match(await page.locator('.fi-progress__count').textContent(), /Étape 2 sur/);
  assert.ok(!/il vous est dû/.test(await page.locator('.fi-app').textContent()), 'no figure from 1999');
  assert.deepEqual(errors, []);
});

test('a full storage is said as such, and saving resumes once space is freed', async () => {
  const { page, errors } = await open();
  const name = page.getByLabel('Nom du débiteur');
  await name.fill('ACME');
  // Another script of the same site fills the origin's quota, to the last hundred bytes.
  await page.evaluate(() => {
    let i = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16]) {
      for (;;) {
        try { localStorage.setItem(`autre-${i++}`, 'x'.repeat(size)); } catch { break; }
      }
    }
  });
  await name.fill('ACME Industries, société par actions simplifiée');
  await page.getByText("L'espace de stockage de ce navigateur est plein", { exact: false }).waitFor();
  assert.equal(await page.getByText('Ce navigateur bloque', { exact: false }).count(), 0, 'not blamed on the browser');
  // Space is freed: the next change is saved, and the message goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('autre-')).forEach((k) => localStorage.removeItem(k)));
  await name.fill('ACME Industries SAS');
  await page.getByText('Vos données restent dans ce navigateur', { exact: false }).waitFor();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.form.debtor_name, 'ACME Industries SAS');
  assert.deepEqual(errors, []);
});

/** A page whose storage holds `value` under the dossier key before the app starts. */
async function openWith(value, { fill = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  await context.addInitScript(([k, v, fillQuota]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(k, v);
    if (fillQuota) {
      let i = 0;
      for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16]) {
        for (;;) { try { localStorage.setItem(`autre-${i++}`, 'x'.repeat(size)); } catch { break; } }
      }
    }
  }, [KEY, value, fill]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
  await page.goto(server.url);
  await started(page);
  return { page, errors };
}

const copiesAside = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('facture-impayee/dossier-illisible')).sort());

test('an unreadable dossier whose copy does not fit is left where it is, and nothing is saved over it', async () => {
  // About 2 MB of another version's dossier, in a storage then filled to the brim.
  const big = JSON.stringify({ format: 'facture-impayee/dossier', version: 0, form: { notes: 'x'.repeat(2_000_000) } });
  const { page, errors } = await openWith(big, { fill: true });
  await page.getByText('Le dossier enregistré est illisible et le stockage est plein', { exact: false }).waitFor();
  assert.equal(await page.evaluate((k) => localStorage.getItem(k).length, KEY), big.length, 'the original is still there, whole');
  await page.getByLabel('Nom du débiteur').fill('ACME');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k).length, KEY), big.length, 'typing does not overwrite it');
  assert.deepEqual(await copiesAside(page), []);
  assert.deepEqual(errors, []);
});

test('a dossier written by a newer version is kept untouched, and the visitor is told', async () => {
  const newer = JSON.stringify({ format: 'facture-impayee/dossier', version: 2, form: { débiteur: { nom: 'ACME' } } });
  const { page, errors } = await openWith(newer);
  await page.getByText('enregistré par une version plus récente', { exact: false }).waitFor();
  await page.getByLabel('Nom du débiteur').fill('Autre');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), newer);
  assert.deepEqual(await copiesAside(page), [], 'not treated as garbage');
  assert.deepEqual(errors, []);
});

test('each unreadable dossier gets its own dated copy, a few are kept, and each can be downloaded', async () => {
  const { page, errors } = await openWith('{premier illisible');
  for (const text of ['{deuxième', '{troisième', '{quatrième']) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, text]);
    await page.reload();
    await started(page);
  }
  const copies = await copiesAside(page);
  assert.equal(copies.length, 3, `at most three copies: ${copies}`);
  const kept = await page.evaluate((ks) => ks.map((k) => localStorage.getItem(k)), copies);
  assert.deepEqual(kept.sort(), ['{deuxième', '{quatrième', '{troisième'], 'the oldest went first');
  const buttons = page.getByRole('button', { name: 'Télécharger la copie mise de côté le 22 novembre 2026' });
  assert.equal(await buttons.count(), 3);
  const [file] = await Promise.all([page.waitForEvent('download'), buttons.first().click()]);
  assert.equal(file.suggestedFilename(), 'dossier-mis-de-cote-2026-11-22.json');
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await file.path(), 'utf8'), '{quatrième', 'the newest first, as it was');
  assert.deepEqual(errors, []);
});

test('importing over a dossier asks first, and the dossier it replaced can be restored, even after a reload', async () => {
  const { page, errors } = await open();
  await page.getByLabel('Nom du débiteur').fill('Dossier en cours');
  await importFile(page, 'autre.json', dossier({ debtor_name: 'Dossier importé' }));
  await page.getByText('Remplacer le dossier en cours par celui importé (Dossier importé) ?', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Dossier en cours', 'nothing replaced before the answer');
  await page.getByRole('button', { name: 'Annuler' }).click();
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Dossier en cours');
  await importFile(page, 'autre2.json', dossier({ debtor_name: 'Dossier importé' }));
  await page.getByRole('button', { name: 'Remplacer' }).click();
  await page.getByText('Dossier importé.').waitFor();
  await page.reload();
  await started(page);
  await page.getByRole('button', { name: "Rétablir le dossier d'avant l'import" }).click();
  await page.getByText("Le dossier d'avant l'import est rétabli.").waitFor();
  // The dossier comes back at the step it was left on, the first.
  assert.match(await page.locator('.fi-progress__count').textContent(), /Étape 1 sur/);
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Dossier en cours');
  assert.deepEqual(errors, []);
});

test('two tabs on one dossier: each takes in what the other saved, an erase included, and a stale save never overwrites', async () => {
  const { context, errors, tab } = await twoTabs();
  const a = await tab();
  const b = await tab();
  const stored = () => a.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  // B types; A shows it, then A types elsewhere: both answers are kept.
  await b.getByLabel('Nom du débiteur').fill('Tapé dans B');
  await a.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('#f-debtor-identity-name').value === 'Tapé dans B');
  await a.getByText('modifié dans un autre onglet', { exact: false }).waitFor();
  await a.getByLabel('Votre nom ou celui de votre entreprise').fill('Tapé dans A');
  await b.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('#f-creditor-name').value === 'Tapé dans A');
  let s = await stored();
  assert.equal(s.form.debtor_name, 'Tapé dans B');
  assert.equal(s.form.creditor_name, 'Tapé dans A');
  // A save that has not seen a newer revision does not overwrite it: the newer one is taken in.
  await a.evaluate(([k, rev]) => {
    const d = JSON.parse(localStorage.getItem(k));
    d.form.debtor_name = 'Écrit ailleurs';
    localStorage.setItem(k, JSON.stringify(d));
    localStorage.setItem(rev, String(Number(localStorage.getItem(rev)) + 5));
  }, [KEY, 'facture-impayee/dossier-revision']);
  await b.getByLabel('Votre nom ou celui de votre entreprise').fill('B tape encore');
  await b.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('#f-debtor-identity-name').value === 'Écrit ailleurs');
  s = await stored();
  assert.equal(s.form.debtor_name, 'Écrit ailleurs', 'the newer revision was not overwritten');
  // An erase in B reaches A; A's next keystroke does not bring the old dossier back.
  await b.getByRole('button', { name: 'Effacer mes données' }).click();
  await b.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await a.getByText('effacé dans un autre onglet', { exact: false }).waitFor();
  // Nothing written after the erase, by either tab: storage holds no dossier of ours at all.
  await a.waitForTimeout(300);
  assert.deepEqual(await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('facture-impayee'))), [], 'storage emptied by the erase');
  assert.equal(await a.getByLabel('Nom du débiteur').inputValue(), '');
  await a.getByLabel('Nom du débiteur').fill('Nouveau');
  s = await stored();
  assert.equal(s.form.debtor_name, 'Nouveau');
  assert.equal(s.form.creditor_name, '', 'nothing of the erased dossier came back');
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 35, PROBE-2026-12 F1 and F5: the storage protocol between tabs (src/protocol.rs).
async function twoTabs() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  const tab = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await started(page);
    return page;
  };
  return { context, errors, tab, stored: (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY) };
}
const fieldValue = (page, id) => page.evaluate((id) => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector(id).value, id);

test('a tab that only opens the page changes nothing: the next edit in the first tab stays, with no false « autre onglet »', async () => {
  const { context, errors, tab, stored } = await twoTabs();
  const a = await tab();
  await a.getByLabel('Nom du débiteur').fill('Nexa Conseil SAS');
  const revision = () => a.evaluate(() => localStorage.getItem('facture-impayee/dossier-revision'));
  const before = await revision();
  const b = await tab();
  await b.getByLabel('Nom du débiteur').waitFor();
  assert.equal(await revision(), before, 'opening a tab wrote to storage');
  await a.getByLabel('Votre nom ou celui de votre entreprise').fill('Julie Martin');
  await a.waitForTimeout(300);
  assert.equal(await fieldValue(a, '#f-creditor-name'), 'Julie Martin');
  assert.equal((await stored(a)).form.creditor_name, 'Julie Martin');
  assert.equal(await a.getByText('modifié dans un autre onglet', { exact: false }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs typing at the same time, key by key, in two fields: no keystroke is lost', async () => {
  const { context, errors, tab, stored } = await twoTabs();
  const a = await tab();
  const b = await tab();
  await Promise.all([
    a.getByLabel('Nom du débiteur').pressSequentially('DEBITEUR-ONGLET-A', { delay: 35 }),
    b.getByLabel('Votre nom ou celui de votre entreprise').pressSequentially('CREANCIER-ONGLET-B', { delay: 35 }),
  ]);
  await a.waitForTimeout(500);
  const s = await stored(a);
  assert.equal(s.form.debtor_name, 'DEBITEUR-ONGLET-A');
  assert.equal(s.form.creditor_name, 'CREANCIER-ONGLET-B');
  for (const page of [a, b]) {
    assert.equal(await fieldValue(page, '#f-debtor-identity-name'), 'DEBITEUR-ONGLET-A');
    assert.equal(await fieldValue(page, '#f-creditor-name'), 'CREANCIER-ONGLET-B');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a newer version saving in another tab: this tab never writes over it, and says so', async () => {
  const { context, errors, tab } = await twoTabs();
  const a = await tab();
  await a.getByLabel('Nom du débiteur').fill('Avant');
  const newer = JSON.stringify({ format: 'facture-impayee/dossier', version: 2, form: { plus: 'récent' } });
  const b = await tab();
  await b.evaluate(([k, v]) => {
    localStorage.setItem('facture-impayee/dossier-revision', String(Number(localStorage.getItem('facture-impayee/dossier-revision')) + 1));
    localStorage.setItem(k, v);
  }, [KEY, newer]);
  await a.getByText('version plus récente', { exact: false }).waitFor();
  await a.getByLabel('Nom du débiteur').fill('Une frappe de plus');
  await a.waitForTimeout(300);
  assert.equal(await a.evaluate((k) => localStorage.getItem(k), KEY), newer);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab left open moves to the next day at midnight: the figures are those of the new day (F10)', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.install({ time: new Date('2025-07-20T23:58:00') });
  await page.goto(server.url);
  await started(page);
  await fillDossier(page);
  const lead = () => page.locator('.fi-lead').textContent();
  assert.match(await lead(), /Au 20 juillet 2025/);
  const before = await lead();
  await page.clock.runFor(3 * 60_000);
  await page.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('.fi-lead').textContent.includes('21 juillet 2025'));
  assert.notEqual(await lead(), before, 'a day more of penalties');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dossier grown past what the app reads back is not saved, and the visitor is told; the last one stays (F6)', async () => {
  // A stored dossier just under 1 MB once the app writes it (999 245 bytes), each text within
  // its field's length (F13): the letters' 23 paragraphs of 20 000 characters, quotes (written
  // 2 bytes each) and emoji (4 bytes). On the step where the debtor's reason is typed, 500
  // quotes, 1 000 bytes written, take it past what the app reads back.
  const { page, errors } = await open();
  const quotes = '"'.repeat(20000);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify({
    format: 'facture-impayee/dossier', version: 1, step: 'Answer', reached: 'Answer',
    form: { debtor_name: 'Avant', position: 'DisputesAll', letter: { openings: Array(11).fill(quotes), closings: [...Array(10).fill(quotes), '😀'.repeat(20000)], extra: '😀'.repeat(19000) } },
  })]);
  await page.reload();
  await started(page);
  const reason = page.getByLabel("Ce qu'il reproche, dans ses mots");
  await reason.fill('"'.repeat(500));
  await page.getByText('trop volumineux pour être enregistré', { exact: false }).waitFor();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  assert.equal(stored.form.dispute_reason ?? '', '');
  // Shortened: saved again, and the message goes; a reload finds it.
  await reason.fill('retard de livraison');
  await page.getByText('trop volumineux pour être enregistré', { exact: false }).waitFor({ state: 'detached' });
  await page.reload();
  await started(page);
  assert.equal(await page.getByLabel("Ce qu'il reproche, dans ses mots").inputValue(), 'retard de livraison');
  assert.deepEqual(errors, []);
});

test('a text pasted far past a field\'s length is kept to it, and the letter page stays responsive (F13)', async () => {
  const { page, errors } = await open();
  await page.getByLabel('Nom du débiteur').fill('A'.repeat(100000));
  assert.equal((await page.getByLabel('Nom du débiteur').inputValue()).length, 500);
  assert.deepEqual(errors, []);
});
