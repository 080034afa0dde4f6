// Updating without breaking: embed.js is the one stable name; the app's files live in a folder
// named after their content (scripts/version-assets). A host that caches embed.js and replaces
// the folder on an update still starts the app, and the dossier typed before it is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, started, aheadLinks, DIST, ENGINE } from './harness.mjs';

let browser, next;
before(async () => { browser = await launch(); next = await nextVersion(); });
after(async () => { await browser?.close(); if (next) await rm(next.dir, { recursive: true, force: true }); });

/** Version B, as the next build would be: the same files under another folder name. */
async function nextVersion() {
  const dir = await mkdtemp(join(tmpdir(), 'facture-impayee-b-'));
  await cp(DIST, dir, { recursive: true });
  const [a] = await readdir(join(dir, 'v'));
  const b = `b${a.slice(1)}` === a ? `c${a.slice(1)}` : `b${a.slice(1)}`;
  await rename(join(dir, 'v', a), join(dir, 'v', b));
  const embed = await readFile(join(dir, 'embed.js'), 'utf8');
  // embed.js is minified: its folder's name is inlined where the files are loaded from.
  assert.ok(embed.includes(`"v/${a}/"`), 'the build wrote its folder into embed.js');
  await writeFile(join(dir, 'embed.js'), embed.replaceAll(`"v/${a}/"`, `"v/${b}/"`));
  // Our own pages link and preload the version's files: the next build names its own folder there too.
  for (const page of ['index.html', 'cadre.html']) {
    const html = await readFile(join(dir, page), 'utf8');
    assert.ok(html.includes(`v/${a}/`), `the build wrote its folder into ${page}`);
    await writeFile(join(dir, page), html.replaceAll(`v/${a}/`, `v/${b}/`));
  }
  return { dir, a, b };
}

test('the app files are in a folder named after their content, and embed.js names it', async () => {
  const [folder, ...others] = await readdir(join(DIST, 'v'));
  assert.deepEqual(others, [], 'one version in a build');
  assert.match(folder, /^[0-9a-f]{12}$/);
  const files = (await readdir(join(DIST, 'v', folder))).sort();
  // The invoice reader's module (lecteur.*) and the rates checker (verificateur.*) are versioned
  // with the app: one never meets another's older copy.
  assert.deepEqual(files, ['app.css', 'facture-impayee.js', 'facture-impayee_bg.wasm', 'lecteur.js', 'lecteur_bg.wasm', 'verificateur.js', 'verificateur_bg.wasm']);
  const top = await readdir(DIST);
  assert.ok(!top.some((f) => /^(facture-impayee|lecteur|verificateur)/.test(f)), `no unversioned app file at the top: ${top}`);
  assert.ok((await readFile(join(DIST, 'embed.js'), 'utf8')).includes(`"v/${folder}/"`));
});

/**
 * A careless host: embed.js cached for an hour; then the folder replaced by the next version.
 * `appCached`: whether the old version's own files stayed in the browser cache too.
 */
async function updateWithCachedEmbed(appCached) {
  const hits = [];
  const server = await serve(DIST, {
    headers: (path) => {
      if (path === '/embed.js') return { 'cache-control': 'max-age=3600' };
      if (path.startsWith('/v/')) return { 'cache-control': appCached ? 'max-age=31536000, immutable' : 'no-store' };
      return {};
    },
    onRequest: (path) => hits.push(path),
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname + new URL(r.url()).search));
  try {
    await page.goto(server.url);
    await page.getByLabel('Nom du débiteur').fill('Avant la mise à jour SARL');
    // The app in, and cached; past the first step and back: the second visit opens on this step.
    await started(page);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: 'Précédent' }).click();
    await page.locator('h2', { hasText: "Qui vous doit de l'argent ?" }).waitFor();
    // Saved as typed (the reducer saves every change).
    await page.waitForFunction(() => (localStorage.getItem('facture-impayee/dossier') ?? '').includes('Avant la mise'));
    server.setRoot(next.dir);
    asked.length = 0;
    const updated = hits.length;
    await page.goto(server.url);
    await started(page);
    assert.equal(await page.getByLabel('Nom du débiteur').inputValue(), 'Avant la mise à jour SARL', 'the dossier is kept');
    assert.equal(hits.filter((p) => p === '/embed.js').length, 1, 'the second visit took embed.js from the cache');
    // Firefox reports the old version's glue, gone from the server (a 404 with an empty body), as
    // not matching its integrity: the refusal that hands over to the fresh copy, nothing else.
    assert.deepEqual(errors.filter((e) => !(/integrity/.test(e) && e.includes(`/v/${next.a}/`))), []);
    // The new page links and preloads the new version's files (index.html): asked for, whichever runs.
    const preloaded = await aheadLinks(page);
    return { asked, preloaded, hits: hits.slice(updated) };
  } finally {
    await context.close();
    await server.close();
  }
}

test('after an update, a cached old embed.js whose files are gone loads a fresh copy, which starts the new version with the dossier kept', async () => {
  const { asked } = await updateWithCachedEmbed(false);
  assert.ok(asked.some((p) => p.startsWith('/embed.js?frais=')), `a fresh embed.js was asked for: ${asked.join(' ')}`);
  assert.ok(asked.includes(`/v/${next.b}/facture-impayee_bg.wasm`), asked.join(' '));
  const old = asked.indexOf(`/v/${next.a}/facture-impayee_bg.wasm`);
  if (ENGINE !== 'webkit') {
    assert.equal(old, -1, 'no wasm of the old version');
  } else if (old >= 0) {
    // WebKit's ephemeral session kept the old page's glue (a script it preloaded), not its
    // WebAssembly: the old copy asks for that, finds it gone, and only then gives way to the
    // fresh one.
    assert.ok(old < asked.findIndex((p) => p.startsWith('/embed.js?frais=')), asked.join(' '));
  }
});

test('after an update, a cached old embed.js with its files still cached runs the old version whole, never a mix', async () => {
  const { asked, preloaded, hits } = await updateWithCachedEmbed(true);
  assert.ok(preloaded.length === 2 && preloaded.every((p) => p.startsWith(`/v/${next.b}/`)), preloaded.join(' '));
  const app = asked.filter((p) => p.startsWith('/v/') && !preloaded.includes(p));
  // WebKit checks the old glue by fetching it with its integrity: the server no longer has it,
  // so the old copy gives way to a fresh one, as below (the old glue fetched, never run).
  const checkedGone = ENGINE === 'webkit' && asked.some((p) => p.startsWith('/embed.js?frais='));
  if (!hits.includes(`/v/${next.a}/facture-impayee_bg.wasm`) && !checkedGone) {
    assert.ok(app.length >= 3 && app.every((p) => p.startsWith(`/v/${next.a}/`)), app.join(' '));
  } else {
    // WebKit's ephemeral session kept the old scripts, not the old WebAssembly, which the server
    // no longer has: the old copy gives way to a fresh one, which runs the new version whole.
    assert.ok(asked.some((p) => p.startsWith('/embed.js?frais=')), asked.join(' '));
    // Its glue was preloaded by the new page (`preloaded`): the rest is the new WebAssembly.
    const fresh = app.slice(app.findIndex((p) => p.startsWith(`/v/${next.b}/`)));
    assert.ok(fresh.length >= 1 && fresh.every((p) => p.startsWith(`/v/${next.b}/`)), app.join(' '));
  }
});

test('the new embed.js never mixes in a file of the old version', async () => {
  const server = await serve(next.dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  try {
    await page.goto(server.url);
    await started(page);
    const app = asked.filter((p) => p.startsWith('/v/'));
    assert.ok(app.length >= 3, app.join(' '));
    assert.ok(app.every((p) => p.startsWith(`/v/${next.b}/`)), app.join(' '));
  } finally {
    await context.close();
    await server.close();
  }
});
