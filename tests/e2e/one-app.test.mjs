// One app (docs/ARCHITECTURE.md): a first visit sees embed.js's static first step, typeable at
// once, while the app loads behind it and then takes it over; the same app goes on to the
// results and the letter. A returning visitor gets it at once, on the step they left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, started, instrument, stepShown, stepRecorded, DIST, ENGINE } from './harness.mjs';
import { fillDossier } from './walk.mjs';

const KEY = 'facture-impayee/dossier';
const APP = /\/v\/[0-9a-f]{12}\/facture-impayee(\.js|_bg\.wasm)$/;

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

test('a first visit loads one app behind the static first step; it takes the step over and goes on to the results with the dossier', async () => {
  const { page, context, errors, asked } = await open();
  assert.ok(asked.some((p) => APP.test(p)), asked.join(' '));
  assert.deepEqual(asked.filter((p) => p.endsWith('.wasm')).map((p) => p.replace(/.*\//, '')), ['facture-impayee_bg.wasm'], 'one WebAssembly module');
  // Never two apps in the widget.
  await inShadow(page, (root) => {
    window.__apps = root.querySelectorAll('.fi-app').length;
    new MutationObserver(() => { window.__apps = Math.max(window.__apps, root.querySelectorAll('.fi-app').length); })
      .observe(root, { childList: true, subtree: true });
  });
  await fillDossier(page, { debtorName: 'Passage SARL' });
  assert.match(await page.locator('.fi-lead').textContent(), /1\u202f052,06\u00a0€/);
  assert.equal(await page.evaluate(() => window.__apps), 1);
  // One app hears other tabs and Back (counted through Chromium's DevTools protocol, which the
  // other engines' drivers lack).
  if (ENGINE === 'chromium') {
    const cdp = await context.newCDPSession(page);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    assert.deepEqual(['storage', 'popstate'].map((type) => listeners.filter((l) => l.type === type).length), [1, 1]);
  }
  // The visitor asked for the results: the focus is on their heading, as on any change of step.
  assert.equal(await inShadow(page, (root) => root.activeElement?.tagName), 'H2');
  assert.match(await inShadow(page, (root) => root.activeElement.textContent), /^Ce qui vous est dû et que faire$/);
  // Back and Forward: the step before and the results again.
  await stepRecorded(page, 'results');
  await page.goBack();
  await page.getByRole('button', { name: 'Voir le résultat' }).waitFor();
  await page.goForward();
  await page.locator('.fi-lead').waitFor();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.form.debtor_name, 'Passage SARL');
  assert.equal(stored.step, 'Results');
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  await context.close();
});

test('the results are announced to the host page once', async () => {
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

test('each step shown is an entry of the history (written once the step is painted): Back and Forward move between them', async () => {
  const dossier = JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', form: { debtor_name: 'Retour SAS' } });
  const before = new URL('avant.html', server.url).href;
  const { page, context, errors, asked } = await open('', { stored: dossier, before });
  assert.ok(asked.some((p) => APP.test(p)));
  await stepShown(page, 'Vos factures impayées');
  await page.getByRole('button', { name: '1. Débiteur' }).click();
  await stepShown(page, "Qui vous doit de l'argent ?");
  await stepRecorded(page, 'debtor');
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

test('a returning visitor gets the app at once, on the step they left, and no static first step', async () => {
  const dossier = JSON.stringify({ format: 'facture-impayee/dossier', version: 1, step: 'Invoices', form: { debtor_name: 'Retour SAS' } });
  // The example host page has no preloads, and keeps its dossier under its namespace.
  const { page, context, errors, asked } = await open('exemple-integration.html', { stored: dossier, key: 'facture-impayee/cabinet-exemple/dossier' });
  assert.ok(asked.some((p) => APP.test(p)), asked.join(' '));
  await page.getByRole('button', { name: 'Ajouter une autre facture' }).waitFor();
  assert.equal(await page.evaluate(() => performance.getEntriesByName('facture-impayee:first-paint').length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
