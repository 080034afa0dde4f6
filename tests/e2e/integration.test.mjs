// The integrator's page (integration.html): options in, snippet and live preview out, under the
// strict CSP, with no axe-core violation at 1200 and 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serve, launch, started, DIST, ENGINE } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function open(width, { bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) refused.push(m.text()); });
  await page.goto(new URL('integration.html', server.url).href);
  await page.frameLocator('#preview').getByRole('button', { name: 'Suivant' }).waitFor();
  return { page, context, errors, refused };
}

for (const width of [1200, 390]) {
  test(`axe-core finds no violation on the integrator page at ${width} px`, async () => {
    // bypassCSP only for axe-core's injected script.
    const { page, context } = await open(width, { bypassCSP: true });
    try {
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }));
      assert.ok(result.passes.length > 15, `axe ran only ${result.passes.length} passing rules`);
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      await page.screenshot({ path: `/tmp/integration-${width}.png`, fullPage: true });
    } finally {
      await context.close();
    }
  });
}

test('the options make the snippet and the preview; a refused value is said next to its field; the code is copied', async () => {
  const { page, context, errors, refused } = await open(1200);
  try {
    const snippet = page.locator('#snippet');
    assert.equal(await snippet.textContent(), '<div data-facture-impayee></div>\n<script type="module" src="/outils/facture-impayee/embed.js"></script>');
    // Each change of an option reloads the preview 300 ms later (integration.js), and its app
    // loads again. WebKit's driver, typing while the preview's app was compiling, once never
    // returned (1 run in 6): there the preview's app is let start after each change.
    const settled = async () => {
      if (ENGINE !== 'webkit') return;
      await page.waitForTimeout(400);
      await started(await (await page.locator('#preview').elementHandle()).contentFrame());
    };
    await page.getByLabel('Couleur principale').fill('#0b6e4f');
    await settled();
    await page.getByLabel("Votre appel à l'action (facultatif)").fill('Prendre "rendez-vous"');
    await settled();
    await page.getByLabel('Son adresse').fill('https://cabinet.example/rdv');
    await settled();
    await page.getByLabel("Nom de l'espace de stockage").fill('mon-cabinet');
    await page.getByLabel('Utiliser la police de mon site', { exact: false }).check();
    await settled();
    await page.getByLabel('Montant pré-rempli (facultatif)').fill('1 500,00');
    await settled();
    await page.getByLabel('Échéance pré-remplie (facultatif)').fill('31/03/2025');
    // The last value typed: the snippet follows 300 ms after typing stops.
    await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('31/03/2025'));
    const code = await snippet.textContent();
    for (const part of ['data-accent="#0b6e4f"', 'data-font="host"', 'data-cta-label="Prendre &quot;rendez-vous&quot;"', 'data-cta-url="https://cabinet.example/rdv"', 'data-storage-namespace="mon-cabinet"', 'data-amount="1 500,00"', 'data-due-date="31/03/2025"']) {
      assert.ok(code.includes(part), `${part} in ${code}`);
    }
    // The preview follows, in its own namespace.
    const frame = page.frameLocator('#preview');
    await page.waitForFunction(() => document.getElementById('preview').getAttribute('src').includes('0b6e4f'));
    assert.ok((await page.locator('#preview').getAttribute('src')).includes('storage-namespace=apercu-integration'));
    await frame.getByRole('button', { name: 'Suivant' }).waitFor();
    // The app's button: the static step's, replaced at the takeover, would read as detached.
    await started(await (await page.locator('#preview').elementHandle()).contentFrame());
    assert.equal(await frame.getByRole('button', { name: 'Suivant' }).evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 110, 79)');
    // A wrong namespace and a bare address: said beside the field, left out of the code.
    await page.getByLabel("Nom de l'espace de stockage").fill('mon cabinet/../x');
    await page.getByLabel('Son adresse').fill('cabinet.example');
    await page.getByText('Lettres, chiffres, - et _ seulement, 40 au plus.').waitFor();
    await page.getByText("L'adresse doit commencer par https:// ou http:// et nommer un site.").waitFor();
    assert.equal(await page.getByLabel("Nom de l'espace de stockage").getAttribute('aria-invalid'), 'true');
    const after = await snippet.textContent();
    assert.ok(!after.includes('storage-namespace') && !after.includes('cta-url'), after);
    assert.equal(await page.getByLabel("Nom de l'espace de stockage").inputValue(), 'mon cabinet/../x', 'what was typed stays');
    // The iframe form.
    await page.getByLabel('Un cadre (iframe)', { exact: false }).check();
    const iframe = await snippet.textContent();
    assert.ok(iframe.startsWith('<iframe title="Facture impayée'), iframe);
    assert.ok(iframe.includes('/outils/facture-impayee/cadre.html?accent=%230b6e4f'), iframe);
    assert.ok(iframe.includes('<script src="/outils/facture-impayee/cadre.js"></script>'), iframe);
    // WebKitGTK's clipboard goes through the test machine's X server (Xvfb), where a write or
    // a read back was seen never to answer under load (twice in some thirty runs): there the
    // text the page hands the clipboard is recorded instead of read back from X.
    if (ENGINE === 'webkit') await page.evaluate(() => { navigator.clipboard.writeText = async (text) => { window.copiedText = text; }; });
    // The preview beside the options is sized to the app inside it, which may still be coming
    // after a change above, and the code's button below moves with it: a click computed before
    // the move lands elsewhere (WebKit's driver, under load). Clicked once the preview's app is
    // in and the preview holds still.
    await started(await (await page.locator('#preview').elementHandle()).contentFrame());
    const heights = [];
    for (let last = -1, height; (height = await page.evaluate(() => document.getElementById('preview').offsetHeight)) !== last; last = height) {
      heights.push(height);
      assert.ok(heights.length < 20, `the preview never holds still: ${heights}`);
      await page.waitForTimeout(500);
    }
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await page.getByText('Code copié.').waitFor();
    const copied = ENGINE === 'webkit' ? () => window.copiedText : () => navigator.clipboard.readText();
    assert.equal(await page.evaluate(copied), iframe);
    // A clipboard that never answers: after a few seconds the code is selected, and said so.
    await page.evaluate(() => { navigator.clipboard.writeText = () => new Promise(() => {}); document.getElementById('copied').textContent = ''; });
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await page.getByText('Le code est sélectionné').waitFor();
    assert.equal(await page.evaluate(() => getSelection().toString()), iframe);
    assert.deepEqual(errors, []);
    assert.deepEqual(refused, []);
  } finally {
    await context.close();
  }
});

test('the standalone page links to the integrator page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Intégrer ce calculateur à votre site' }).click();
    await page.getByRole('heading', { level: 1, name: /Intégrer le calculateur/ }).waitFor();
  } finally {
    await context.close();
  }
});

// The integrator page checks the namespace and the call to action's address in JS, to say so
// beside the field; the widget checks them again (src/embed.rs). Both must give one verdict.
test('the integrator page refuses a namespace or an address exactly when the widget does', async () => {
  const namespaces = ['cabinet-dupont', 'A_1', 'a'.repeat(40), 'a'.repeat(41), 'é', 'a b', '../x', 'a/b', ' espace '];
  const addresses = ['https://cabinet.example/rdv', 'HTTP://X.EXAMPLE', 'https://x?y', 'https://?x', 'https://', 'https:///x', 'ftp://x.example', 'cabinet.example', 'https://a b.example', 'https://cabinet.example/ rdv', `https://x.example/${'a'.repeat(490)}`, 'javascript:alert(1)'];
  const attr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const pages = {};
  namespaces.forEach((v, i) => { pages[`/ns-${i}.html`] = `<div data-facture-impayee data-storage-namespace="${attr(v)}"></div>`; });
  addresses.forEach((v, i) => { pages[`/url-${i}.html`] = `<div data-facture-impayee data-storage-namespace="u${i}" data-cta-label="RDV" data-cta-url="${attr(v)}"></div>`; });
  const host = await serve(DIST, {
    extraPages: Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, { html: `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title><link rel="icon" href="favicon.svg"><script type="module" src="embed.js"></script></head><body>${body}</body></html>` }])),
  });
  // One tab visits the 21 host pages in turn (a WebKit context is a browser of its own: one
  // each took 100 s). Each page says its refusals before it is interactive.
  const hostContext = await browser.newContext().catch(async (e) => { await host.close(); throw e; });
  const hostPage = await hostContext.newPage();
  let logged = [];
  hostPage.on('console', (m) => { if (m.type() === 'error') logged.push(m.text()); });
  /** What the widget refused, from its console errors. */
  async function widgetRefuses(path, what) {
    logged = [];
    await hostPage.goto(host.url + path.slice(1));
    await hostPage.waitForFunction(() => performance.getEntriesByName('facture-impayee:interactive').length > 0);
    return logged.some((m) => m.includes(what));
  }
  // The host closed whatever happens after it (a failed open left it serving, the file hung).
  const opened = await open(1200).catch(async (e) => { await hostContext.close(); await host.close(); throw e; });
  const { page, context } = opened;
  /** What the integrator page says beside the field. */
  async function pageRefuses(label, value, error) {
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).dispatchEvent('change'); // checked at once, not 300 ms later
    // A value longer than the field's maxlength is cut by the browser as it is typed: the page
    // never writes it, so there is nothing to compare (the widget refuses it whole).
    const held = await page.getByLabel(label).inputValue();
    if (held !== value) {
      assert.ok(held.length < value.length, label);
      return null;
    }
    return (await page.locator(`#${error}`).textContent()) !== '';
  }
  try {
    await page.getByLabel("Votre appel à l'action (facultatif)").fill('RDV');
    const differ = [];
    for (const [i, v] of namespaces.entries()) {
      const widget = await widgetRefuses(`/ns-${i}.html`, 'data-storage-namespace');
      const verdict = await pageRefuses("Nom de l'espace de stockage", v, 'espace-erreur');
      if (verdict !== null && verdict !== widget) differ.push(`namespace « ${v} »: widget ${widget ? 'refuses' : 'accepts'}`);
    }
    for (const [i, v] of addresses.entries()) {
      const widget = await widgetRefuses(`/url-${i}.html`, 'data-cta-url');
      const verdict = await pageRefuses('Son adresse', v, 'cta-erreur');
      if (verdict !== null && verdict !== widget) differ.push(`address « ${v.slice(0, 40)} »: widget ${widget ? 'refuses' : 'accepts'}`);
    }
    assert.deepEqual(differ, []);
  } finally {
    await context.close();
    await hostContext.close();
    await host.close();
  }
});
