// The two builds (docs/ARCHITECTURE.md): a first visit loads the questionnaire, the app without
// its results; the whole app loads once the visitor moves past the first step and takes over on
// « Voir le résultat », with the dossier; a returning visitor gets the whole app at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, started, instrument, stepShown, DIST, ENGINE } from './harness.mjs';
import { fillDossier, fillInvoice, FIELD } from './walk.mjs';

const KEY = 'facture-impayee/dossier';
const WHOLE = /\/v\/[0-9a-f]{12}\/facture-impayee(\.js|_bg\.wasm)$/;
const QUESTIONNAIRE = /\/v\/[0-9a-f]{12}\/facture-impayee-questionnaire(\.js|_bg\.wasm)$/;

let server, browser;
// A page of the site without the app, where a visitor came from.
const AVANT = '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avant</title><link rel="icon" href="favicon.svg"></head><body><p>Un article</p></body></html>';
before(async () => { server = await serve(DIST, { extraPages: { '/avant.html': { html: AVANT } } }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// `before`: a page visited first, the one Back leaves for (a window opened by Firefox's or
// WebKit's driver has no blank page before its first).
async function open(path = '', { width = 1200, stored = null, key = KEY, clock = true, before = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await instrument(context);
  // Not in a blank page, whose storage Firefox refuses (« The operation is insecure »).
  if (stored) await context.addInitScript(([k, v]) => { if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [key, stored]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  // A fixed clock replaces `performance`, whose marks a test may read: then no fixed clock.
  if (clock) await page.clock.setFixedTime(new Date('2025-07-20T10:00:00'));
  if (before) await page.goto(before);
  await page.goto(server.url + path);
  await started(page);
  return { page, context, errors, asked };
}

// `fn(root)` in the page, its source in the expression (WebKit's driver runs no `new Function`
// under the page's CSP).
const inShadow = (page, fn) => page.evaluate(`(${fn})(document.querySelector('[data-facture-impayee]').shadowRoot)`);

test('a first visit loads the questionnaire; past the first step the whole app loads, and takes over on « Voir le résultat » with the dossier', async () => {
  const { page, context, errors, asked } = await open();
  assert.ok(asked.some((p) => QUESTIONNAIRE.test(p)), asked.join(' '));
  assert.deepEqual(asked.filter((p) => WHOLE.test(p) || p.endsWith('/taux.json')), [], 'nothing of the whole app on the first step');
  // Never two apps in the widget: the whole app renders away from the page, then takes the place.
  await inShadow(page, (root) => {
    window.__apps = 0;
    new MutationObserver(() => { window.__apps = Math.max(window.__apps, root.querySelectorAll('.fi-app').length); })
      .observe(root, { childList: true, subtree: true });
  });
  const whole = page.waitForRequest((r) => r.url().endsWith('/facture-impayee_bg.wasm'));
  await fillDossier(page, { debtorName: 'Passage SARL' });
  await whole;
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/, 'the dossier was handed over whole');
  assert.equal(await page.evaluate(() => window.__apps), 1);
  // The questionnaire destroyed left no listener behind: one app hears other tabs and Back
  // (counted through Chromium's DevTools protocol, which the other engines' drivers lack).
  if (ENGINE === 'chromium') {
    const cdp = await context.newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    assert.deepEqual(['storage', 'popstate'].map((type) => listeners.filter((l) => l.type === type).length), [1, 1]);
  }
  // The visitor asked for the results: the focus is on their heading, as on any change of step.
  assert.equal(await inShadow(page, (root) => root.activeElement?.tagName), 'H2');
  assert.match(await inShadow(page, (root) => root.activeElement.textContent), /^Ce qui vous est dû et que faire$/);
  // Back and Forward: one app answers, the step before and the results again.
  await page.goBack();
  await page.getByRole('button', { name: 'Voir le résultat' }).waitFor();
  await page.goForward();
  await page.locator('.fi-lead').waitFor();
  // The results were announced to the host page once.
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.form.debtor_name, 'Passage SARL');
  assert.equal(stored.step, 'Results');
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await context.close();
});

test('the whole app rehearses the results away from the page, and that leaves no trace', async () => {
  const { page, context, errors } = await open('exemple-integration.html', { clock: false });
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['facture-impayee:results', 'facture-impayee:download', 'facture-impayee:call-to-action']) {
      document.querySelector('[data-facture-impayee]').addEventListener(name, () => window.__events.push(name));
    }
  });
  await page.getByLabel('Nom du débiteur').fill('Répétition SARL');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator(FIELD.amount()).waitFor();
  const entries = await page.evaluate(() => history.length);
  await page.waitForFunction(() => performance.getEntriesByName('facture-impayee:rehearsed').length > 0, null, { timeout: 10000 });
  // Nothing saved, no history entry, nothing told to the host page, nothing on the page.
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('facture-impayee/cabinet-exemple/dossier')));
  assert.equal(stored.form.debtor_name, 'Répétition SARL');
  assert.equal(stored.step, 'Invoices');
  assert.deepEqual(Object.keys(await page.evaluate(() => ({ ...localStorage }))).sort(), ['facture-impayee/cabinet-exemple/dossier', 'facture-impayee/cabinet-exemple/dossier-revision']);
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.deepEqual(await page.evaluate(() => window.__events), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('.fi-app').length), 0);
  assert.equal(await inShadow(page, (root) => root.querySelectorAll('.fi-app').length), 1);
  // The visitor's own results come after it as usual.
  await fillInvoice(page, { amount: '1 000', issue: '2025-05-01', due: '2025-06-15' });
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.locator('.fi-lead').waitFor();
  assert.match(await page.locator('.fi-lead').textContent(), /il vous est dû 1\u202f\d{3},\d{2}\u00a0€/);
  assert.deepEqual(await page.evaluate(() => window.__events), ['facture-impayee:results']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the results are announced to the host page once when the whole app takes over', async () => {
  const { page, context, errors } = await open('exemple-integration.html');
  await page.evaluate(() => {
    window.__results = 0;
    document.querySelector('[data-facture-impayee]').addEventListener('facture-impayee:results', () => { window.__results += 1; });
  });
  await fillDossier(page);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__results), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the whole app cannot be had, the results say so, keep the answers, and « Réessayer » brings them', async () => {
  const { page, context, errors } = await open('', { width: 390 });
  let blocked = true;
  await page.route(WHOLE, (route) => (blocked ? route.abort() : route.continue()));
  await fillDossier(page, { results: false });
  await page.getByText("Le résultat n'a pas pu être chargé", { exact: false }).waitFor();
  assert.equal(await page.locator('.fi-lead').count(), 0);
  blocked = false;
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await page.locator('.fi-lead').waitFor();
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  // Only the failed imports were reported, in the console for the integrator.
  assert.ok(errors.every((e) => /Failed to load resource|ERR_FAILED/.test(e)), errors.join('\n'));
  await context.close();
});

test('a visitor who leaves the results before the whole app came keeps their step and what they change there', async () => {
  const { page, context, errors } = await open();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/facture-impayee_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await fillDossier(page, { results: false });
  await page.getByText('Calcul du résultat…').waitFor();
  await page.getByRole('button', { name: '2. Factures' }).click();
  await page.locator('#f-invoices-0-amount').fill('2 000');
  release();
  await page.waitForResponse((r) => r.url().endsWith('/facture-impayee_bg.wasm'));
  await page.waitForTimeout(1000);
  // Still the visitor's step, with their change: the whole app did not take over.
  assert.equal(await page.locator('#f-invoices-0-amount').inputValue(), '2 000');
  assert.equal(await page.locator('.fi-lead').count(), 0);
  await page.getByRole('button', { name: '5. Résultats' }).click();
  await page.locator('.fi-lead').waitFor();
  assert.match(await page.locator('.fi-lead').textContent(), /2\u202f\d{3},\d{2}\u00a0€/, 'the results of the changed dossier');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in the whole app, each step shown is an entry of the history (written once the step is painted): Back and Forward move between them', async () => {
  const dossier = JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', form: { debtor_name: 'Retour SAS' } });
  const before = new URL('avant.html', server.url).href;
  const { page, context, errors, asked } = await open('', { stored: dossier, before });
  assert.ok(asked.some((p) => WHOLE.test(p)), 'the whole app, not the questionnaire');
  await stepShown(page, 'Vos factures impayées');
  await page.getByRole('button', { name: '1. Débiteur' }).click();
  await stepShown(page, "Qui vous doit de l'argent ?");
  // The entry comes in the task after the step's frame: a Back sooner would precede it.
  await page.waitForFunction(() => String(history.state?.['facture-impayee']).endsWith('|debtor'));
  await page.goBack();
  await stepShown(page, 'Vos factures impayées');
  assert.equal(await page.getByLabel('Nom du débiteur').count(), 0);
  await page.goForward();
  await stepShown(page, "Qui vous doit de l'argent ?");
  assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Retour SAS');
  // The first step shown replaced the page's entry: Back twice leaves the page.
  await page.goBack();
  await stepShown(page, 'Vos factures impayées');
  assert.deepEqual(errors, []);
  await page.goBack();
  await page.waitForURL(before);
  await context.close();
});

test('a returning visitor gets the whole app at once, on the step they left, and no questionnaire', async () => {
  const dossier = JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', form: { debtor_name: 'Retour SAS' } });
  // The example host page has no preloads, and keeps its dossier under its namespace.
  const { page, context, errors, asked } = await open('exemple-integration.html', { stored: dossier, key: 'facture-impayee/cabinet-exemple/dossier' });
  assert.ok(asked.some((p) => WHOLE.test(p)), asked.join(' '));
  assert.deepEqual(asked.filter((p) => QUESTIONNAIRE.test(p)), []);
  await page.getByRole('button', { name: 'Ajouter une autre facture' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
