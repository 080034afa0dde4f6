// The WordPress plugin in a real WordPress (issue 39): Debian's wordpress, mariadb-server,
// apache2 and libapache2-mod-php started on loopback with a fresh database (wordpress.mjs), the
// plugin's zip from scripts/package uploaded through « Plugins › Add New », a page with the
// shortcode and one with the block visited anonymously to the downloaded PDF, the settings
// and the rates file (uploaded, and by its https address), a contributor's hostile shortcode,
// and the plugin deleted leaving no option behind. Chromium only: the widget's engines are
// covered by the other files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, writeFileSync, rmSync, chmodSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, instrument, started, ENGINE, DIST } from './harness.mjs';
import { fillDossier } from './walk.mjs';
import { startWordPress } from './wordpress.mjs';
import { newerRates, fillRatesDossier } from './rates-files.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"$/m)[1];
const skip = ENGINE !== 'chromium' && 'the plugin is proved in Chromium; the widget itself in every engine by the other files';

let wp, browser, admin, zip, pages = {};
const files = mkdtempSync(join(tmpdir(), 'facture-impayee-wp-files-'));

before(async () => {
  if (skip) return;
  execFileSync('bash', [join(ROOT, 'scripts', 'package'), '--no-build', files], { stdio: 'ignore' });
  zip = join(files, `facture-impayee-wordpress-${VERSION}.zip`);
  wp = await startWordPress();
  browser = await launch();
  admin = await loggedIn(wp.admin.user, wp.admin.password);
});
after(async () => { await browser?.close(); await wp?.stop(); rmSync(files, { recursive: true, force: true }); });

/** A browser context logged into wp-admin as `user`. */
async function loggedIn(user, password) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // wp-admin asks for WordPress.org's emoji and news, which this machine cannot reach: refused at
  // once, so that no page waits for them (a dashboard once waited 30 s for its « load »).
  await context.route((url) => !url.href.startsWith(wp.url), (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${wp.url}/wp-login.php`);
  await page.locator('#user_login').fill(user);
  await page.locator('#user_pass').fill(password);
  await page.locator('#wp-submit').click();
  await page.waitForURL(/wp-admin/, { waitUntil: 'domcontentloaded' }).catch((error) => { throw waited(error, page); });
  return { context, page };
}

/** A wait that timed out, with where the page was, WordPress's logs and Apache's last requests. */
function waited(error, page) {
  return new Error(`${error.message}\non ${page.url()}\nWordPress's logs: ${wp.log().slice(-1500)}\nApache's last requests:\n${wp.requests().split('\n').slice(-25).join('\n')}`);
}

/** WordPress's REST API as the user of `who`, with the nonce WordPress gives a logged-in user. */
async function rest(who, method, route, data) {
  const nonce = await (await who.page.request.get(`${wp.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const response = await who.page.request.fetch(`${wp.url}/?rest_route=${encodeURIComponent(route)}`, { method, headers: { 'X-WP-Nonce': nonce }, data });
  const body = await response.json();
  assert.ok(response.ok(), `${method} ${route}: ${response.status()} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/** An anonymous visitor on `url` at `today`: its requests, errors and console errors recorded. */
async function visit(url, today = '2025-07-20T10:00:00') {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  const trace = await instrument(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('dialog', (d) => { errors.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  await page.clock.setFixedTime(new Date(today));
  await page.goto(url);
  await started(page);
  return { context, page, trace, errors };
}

test('the administrator uploads the plugin\'s zip in « Plugins › Add New » and activates it', { skip }, async () => {
  const { page } = admin;
  await page.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.locator('#pluginzip').setInputFiles(zip);
  await page.locator('#install-plugin-submit').click();
  await page.getByText('Plugin installed successfully.').waitFor();
  // The installer's page streams its report: « Activate Plugin » is clicked once it has all come.
  await page.waitForLoadState('load');
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await page.getByText('Plugin activated.').waitFor().catch((error) => { throw waited(error, page); });
  assert.match(wp.sql("SELECT option_value FROM wp_options WHERE option_name = 'active_plugins'"), /facture-impayee\/facture-impayee\.php/);
  // The block is registered for the editor.
  const block = await rest(admin, 'GET', '/wp/v2/block-types/facture-impayee/calculateur');
  assert.equal(block.title, 'Facture impayée');
});

test('a page with the shortcode and a page with the block, published, work to the downloaded PDF for an anonymous visitor', { skip }, async () => {
  pages.shortcode = (await rest(admin, 'POST', '/wp/v2/pages', { title: 'Calculateur (code court)', status: 'publish', content: '<!-- wp:shortcode -->\n[facture_impayee]\n<!-- /wp:shortcode -->' })).link;
  pages.block = (await rest(admin, 'POST', '/wp/v2/pages', { title: 'Calculateur (bloc)', status: 'publish', content: '<!-- wp:facture-impayee/calculateur {"storageNamespace":"bloc"} /-->' })).link;
  for (const [kind, url] of Object.entries(pages)) {
    const { context, page, trace, errors } = await visit(url);
    // Under the site's theme: the page's own title and the theme's markup around the widget.
    assert.match(await page.title(), /Calculateur/);
    await fillDossier(page);
    await page.getByRole('button', { name: /^Préparer/ }).first().click();
    await page.locator('.fi-letter').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger en PDF' }).click()]);
    assert.equal(readFileSync(await download.path()).subarray(0, 5).toString(), '%PDF-', kind);
    const foreign = trace.requests.filter((u) => !u.startsWith(wp.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], `${kind}: no request to another origin`);
    const wasm = trace.requests.find((u) => u.endsWith('_bg.wasm'));
    assert.ok(wasm?.startsWith(`${wp.url}/wp-content/plugins/facture-impayee/app/v/`), `${kind}: the app from the plugin's folder: ${wasm}`);
    const served = await page.request.get(wasm);
    assert.equal(served.headers()['content-type'], 'application/wasm');
    assert.match(served.headers()['cache-control'] ?? '', /immutable/);
    assert.deepEqual(errors, [], `${kind}: no error`);
    await context.close();
  }
});

test('the colour saved in the settings reaches the widget, and a shortcode\'s own colour wins over it', { skip }, async () => {
  const { page } = admin;
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=facture-impayee`);
  await page.locator('#facture-impayee-accent').fill('#0b6e4f');
  await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await page.getByText('Settings saved.').waitFor();
  const { context, page: visitor } = await visit(pages.shortcode);
  const accent = await visitor.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('[data-rates-url]').style.getPropertyValue('--facture-impayee-accent'));
  assert.equal(accent.trim(), '#0b6e4f');
  await context.close();
  const own = (await rest(admin, 'POST', '/wp/v2/pages', { title: 'Calculateur (sa couleur)', status: 'publish', content: '[facture_impayee accent="#aa0000" storage_namespace="couleur"]' })).link;
  const { context: second, page: other } = await visit(own);
  assert.equal(await other.evaluate(() => document.querySelector('[data-facture-impayee]').dataset.accent), '#aa0000');
  await second.close();
});

const shipped = JSON.parse(readFileSync(join(DIST, 'taux.json'), 'utf8'));
const newer = () => newerRates(shipped);

/**
 * A rates file given on the settings page, as `choose` fills the form (a file or an address),
 * once the page has checked the file in use; back on the page with what it says.
 */
async function giveRates(page, choose) {
  await page.goto(`${wp.url}/wp-admin/options-general.php?page=facture-impayee`);
  await page.locator('#facture-impayee-en-usage [data-verdict]').filter({ hasText: /\S/ }).waitFor();
  await choose();
  await page.getByRole('button', { name: 'Vérifier ce barème' }).click();
  await page.waitForURL(/options-general\.php\?page=facture-impayee/);
}

/** A dossier whose penalties run into 2027's first half, on 20 January 2027: the rates' date and the total. */
async function ratesSeen() {
  const { context, page } = await visit(pages.shortcode, '2027-01-20T10:00:00');
  await fillRatesDossier(page);
  const seen = { asof: await page.locator('.fi-asof').textContent(), lead: await page.locator('.fi-lead').textContent() };
  await context.close();
  return seen;
}

test('a broken rates file is refused and says why; a newer one, checked by the app\'s rules, moves the figures and « à jour au »', { skip }, async () => {
  const { page } = admin;
  const before = await ratesSeen();
  const give = async (name, text) => {
    const path = join(files, name);
    writeFileSync(path, text);
    await giveRates(page, () => page.locator('#facture-impayee-fichier').setInputFiles(path));
  };
  await give('casse.json', '{ "format": "facture-impayee/taux", ');
  assert.match(await page.locator('#facture-impayee-message').textContent(), /Fichier refusé : Ce fichier n'est pas un fichier JSON lisible/);
  // Well-formed, but one verified rate changed: only the app's rules can see it.
  const forged = structuredClone(shipped);
  const last = forged.ecb_mro.rows[forged.ecb_mro.rows.length - 1];
  last.percent = (Number(last.percent) - 0.05).toFixed(2);
  await give('contredit.json', JSON.stringify(forged));
  await page.locator('#facture-impayee-candidat').filter({ hasText: 'refusé' }).waitFor();
  assert.match(await page.locator('#facture-impayee-candidat').textContent(), /Ce barème est refusé : le fichier des taux contredit une valeur vérifiée/);
  assert.equal(await page.locator('#facture-impayee-utiliser').isDisabled(), true);
  await page.getByRole('button', { name: 'Écarter ce barème' }).click();
  await give('taux-2027.json', newer());
  await page.locator('#facture-impayee-candidat').filter({ hasText: 'valable' }).waitFor();
  assert.match(await page.locator('#facture-impayee-candidat').textContent(), /à jour au 23 décembre 2026/);
  await page.locator('#facture-impayee-utiliser').click();
  await page.locator('#facture-impayee-en-usage').filter({ hasText: 'Barème à jour au 23 décembre 2026' }).waitFor();
  const after = await ratesSeen();
  assert.match(before.asof, /Barème à jour au 16 septembre 2026/);
  assert.match(after.asof, /Barème à jour au 23 décembre 2026/);
  assert.notEqual(after.lead, before.lead, 'the total moved with the rate');
});

/**
 * An https server on loopback with a certificate of its own, made here by openssl, serving
 * `answer(path)`: { status, body, location }. The test's WordPress trusts it through a
 * must-use plugin of the test's (wordpress.mjs, `mustUse`): its port among the safe ones, its
 * certificate for its address. The plugin's own code fetches it unchanged.
 */
async function trustedHttps(answer) {
  const dir = mkdtempSync(join(tmpdir(), 'facture-impayee-tls-'));
  chmodSync(dir, 0o755);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  chmodSync(join(dir, 'cert.pem'), 0o644);
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (request, response) => {
    const { status = 200, body = '', location } = answer(request.url);
    response.writeHead(status, { 'content-type': 'application/json', ...(location ? { location } : {}) });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `https://127.0.0.1:${server.address().port}`;
  wp.mustUse('confiance-du-test', `<?php
add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${server.address().port}; return $ports; });
add_filter('http_request_args', function ($args, $url) {
  if (str_starts_with($url, '${base}/')) $args['sslcertificates'] = '${join(dir, 'cert.pem')}';
  return $args;
}, 10, 2);
`);
  return { base, close: () => { server.close(); wp.mustUse('confiance-du-test', null); rmSync(dir, { recursive: true, force: true }); } };
}

test('a rates file given by its https address is fetched and checked as an uploaded one; an address that fails says why', { skip }, async () => {
  const { page } = admin;
  const served = { '/taux.json': { body: newer() }, '/casse.json': { body: '{ "format": "facture-impayee/taux", ' }, '/ailleurs.json': { status: 302, location: '/taux.json' } };
  const https = await trustedHttps((path) => served[path] ?? { status: 404 });
  try {
    const give = (address) => giveRates(page, () => page.locator('#facture-impayee-adresse').fill(address));
    const said = () => page.locator('#facture-impayee-message').textContent();
    await give(`${https.base}/absent.json`);
    assert.match(await said(), /n'a pas pu être téléchargé à cette adresse : le serveur a répondu par le code 404\./);
    assert.equal(await page.locator('#facture-impayee-adresse').inputValue(), `${https.base}/absent.json`, 'the address is kept, to be mended');
    await give(`${https.base}/ailleurs.json`);
    assert.match(await said(), /elle renvoie vers une autre adresse ; donnez directement celle du fichier\./);
    await give(`${https.base.replace('https', 'http')}/taux.json`);
    assert.match(await said(), /Cette adresse ne commence pas par https:\/\//);
    assert.equal(await page.locator('#facture-impayee-adresse').inputValue(), `${https.base.replace('https', 'http')}/taux.json`);
    // A port WordPress does not fetch from (nor would a host answer there).
    await give('https://127.0.0.1:1/taux.json');
    assert.match(await said(), /n'a pas pu être téléchargé à cette adresse : la connexion a échoué/);
    await give(`${https.base}/casse.json`);
    assert.match(await said(), /Fichier refusé : Ce fichier n'est pas un fichier JSON lisible/);
    await give(`${https.base}/taux.json`);
    await page.locator('#facture-impayee-candidat').filter({ hasText: 'valable' }).waitFor();
    assert.match(await page.locator('#facture-impayee-candidat').textContent(), /à jour au 23 décembre 2026/);
    await page.getByRole('button', { name: 'Écarter ce barème' }).click();
    await page.waitForURL(/options-general\.php\?page=facture-impayee/);
    assert.equal(await page.locator('#facture-impayee-candidat').count(), 0, 'the candidate is gone');
  } finally {
    https.close();
  }
});

test('a contributor\'s shortcode with hostile attributes renders nothing executable', { skip }, async () => {
  await rest(admin, 'POST', '/wp/v2/users', { username: 'contributrice', password: 'Mot-de-passe-contrib-2026', email: 'contrib@exemple.fr', roles: ['contributor'] });
  const contributor = await loggedIn('contributrice', 'Mot-de-passe-contrib-2026');
  const hostile = `[facture_impayee accent='"><script>alert(1)</script>' accent_text="#fff' onmouseover='alert(2)" cta_label="<img src=x onerror=alert(3)>" cta_url="javascript:alert(4)" storage_namespace="x\\" onfocus=\\"alert(5)" font="host\\"><svg/onload=alert(6)>"]`;
  const draft = await rest(contributor, 'POST', '/wp/v2/posts', { title: 'Article piégé', status: 'draft', content: hostile });
  await contributor.context.close();
  const post = await rest(admin, 'POST', `/wp/v2/posts/${draft.id}`, { status: 'publish' });
  const html = await (await fetch(post.link)).text();
  const element = html.match(/<div class="facture-impayee"[^>]*>/)?.[0];
  assert.ok(element, 'the widget is there');
  assert.doesNotMatch(element, /script|onerror|onmouseover|onfocus|onload|javascript:|<img|<svg/i, element);
  // Every hostile value dropped: what is left is the site's own colour and rates file.
  const names = [...element.matchAll(/\s([a-z-]+)(?==|\s|>)/g)].map((m) => m[1]);
  assert.deepEqual(names.filter((n) => !['class', 'data-facture-impayee', 'data-accent', 'data-rates-url'].includes(n)), [], element);
  assert.match(element, /data-accent="#0b6e4f"/, element);
  const { page, errors, context } = await visit(post.link);
  await page.waitForTimeout(300);
  assert.deepEqual(errors, [], 'no dialog, no error');
  await context.close();
});

test('deactivated and deleted, the plugin leaves no option and no file of its own', { skip }, async () => {
  const { page } = admin;
  page.on('dialog', (d) => d.accept());
  await page.goto(`${wp.url}/wp-admin/plugins.php`);
  await page.getByRole('link', { name: 'Deactivate Facture impayée' }).click();
  await page.getByText('Plugin deactivated.').waitFor();
  await page.getByRole('link', { name: 'Delete Facture impayée' }).click();
  await page.getByText(/was successfully deleted/).waitFor();
  assert.equal(wp.sql("SELECT option_name FROM wp_options WHERE option_name LIKE '%facture%'").trim(), '');
  const ours = wp.log().split('\n').filter((line) => /plugins\/facture-impayee/.test(line));
  assert.deepEqual(ours, [], 'no PHP notice, warning or error of ours in the logs');
});
