// Subresource Integrity (issue 39): a host pins embed.js with `integrity` (the release bundle's
// extrait.html), and embed.js pins every file it then loads from v/<hash>/ (their sha384,
// written in by scripts/version-assets). A byte added or changed anywhere is refused by the browser:
// the app says it cannot start, or the invoice reader says it cannot be loaded; nothing
// changed ever runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, started, DIST } from './harness.mjs';

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
const host = (integrity) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head>
<body><div data-facture-impayee data-storage-namespace="integrite"></div>
<script type="module" src="/embed.js" integrity="${integrity}" crossorigin="anonymous"></script></body></html>`;

let browser;
const copies = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); for (const c of copies) { await c.server.close(); rmSync(c.dir, { recursive: true, force: true }); } });

/** dist/ served from a copy in which `file` of the version's folder has a few bytes added that
 *  change nothing it does (a comment at the end of a script, an empty custom section at the end
 *  of a WebAssembly module: both run as before without the integrity check, so only the check
 *  refuses them), or none when `file` is null; with a host page pinning embed.js. */
async function copy(file) {
  const dir = mkdtempSync(join(tmpdir(), 'facture-impayee-sri-'));
  cpSync(DIST, dir, { recursive: true });
  const [version] = readdirSync(join(dir, 'v'));
  if (file) {
    const path = join(dir, 'v', version, file);
    // A custom section (id 0) of 3 bytes: a name of 1 byte, « x », and nothing else.
    const harmless = file.endsWith('.wasm') ? Buffer.from([0, 3, 1, 0x78, 0]) : Buffer.from('\n// x\n');
    writeFileSync(path, Buffer.concat([readFileSync(path), harmless]));
  }
  const server = await serve(dir, { extraPages: { '/hote.html': { html: host(sri(join(dir, 'embed.js'))) }, '/hote-faux.html': { html: host(`sha384-${'A'.repeat(64)}`) } } });
  copies.push({ dir, server });
  return server;
}

async function open(url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

const cannotStart = (page) => page.waitForFunction(() => /ne peut pas démarrer/.test(document.querySelector('[data-facture-impayee]').shadowRoot?.textContent ?? ''));

test('embed.js pinned by its host starts the app; pinned to other bytes, the browser never runs it', async () => {
  const server = await copy(null);
  const { context, page } = await open(`${server.url}hote.html`);
  await started(page);
  await context.close();
  const wrong = await open(`${server.url}hote-faux.html`);
  await wrong.page.waitForTimeout(500);
  assert.equal(await wrong.page.evaluate(() => document.querySelector('[data-facture-impayee]').shadowRoot), null, 'embed.js did not run');
  await wrong.context.close();
});

// On our own page (index.html, which does not pin embed.js), the WebAssembly is still checked;
// the glue it preloads in its head is taken as it stands.
for (const [file, pages] of [['facture-impayee_bg.wasm', ['hote.html', '']], ['facture-impayee.js', ['hote.html']]]) {
  test(`bytes added to ${file}: refused, and the app says it cannot start (${pages.map((p) => p || 'index.html').join(', ')})`, async () => {
    const server = await copy(file);
    for (const page of pages) {
      const { context, page: p } = await open(`${server.url}${page}`);
      await cannotStart(p);
      assert.equal(await p.evaluate(() => !!document.querySelector('[data-facture-impayee]').shadowRoot.querySelector('.fi-app [data-step], .fi-progress')), false, `${page || 'index.html'}: no app`);
      await context.close();
    }
  });
}

test('bytes added to the invoice reader: refused when an invoice is picked, and said there', async () => {
  const server = await copy('lecteur_bg.wasm');
  const { context, page } = await open(`${server.url}hote.html`);
  await started(page);
  await page.getByRole('button', { name: 'Suivant' }).click();
  const invoice = join(copies.at(-1).dir, 'facture.xml');
  writeFileSync(invoice, '<Invoice/>');
  await page.locator('#fi-invoice-files').setInputFiles(invoice);
  await page.getByText("Le lecteur de factures n'a pas pu être chargé").waitFor();
  await context.close();
});
