// The rates file (docs/RATES.md), end to end: the app starts from the rates compiled into it,
// reads taux.json after the first render, and moves its figures only when the file adds what
// it did not know. A newer file served by the host changes the figures and the "à jour au"
// date; a broken one leaves them unchanged and says so. The clock is 20 Jan 2027: the
// 1st half of 2027 is past the compiled table (worked case 12b).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, started, CSP, DIST } from './harness.mjs';
import { newerRates, fillRatesDossier } from './rates-files.mjs';

const TODAY = new Date('2027-01-20T10:00:00');
const shipped = JSON.parse(readFileSync(join(DIST, 'taux.json'), 'utf8'));

const newer = () => newerRates(shipped);

const host = (ratesUrl) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head>
<body><div data-facture-impayee data-storage-namespace="taux" ${ratesUrl ? `data-rates-url="${ratesUrl}"` : ''}></div>
<script type="module" src="/embed.js"></script></body></html>`;

let server, elsewhere, browser;
before(async () => {
  // Another origin holding a plausible newer file: reached only through a redirect (PROBE F3).
  elsewhere = await serve(DIST, { extraFiles: { '/taux-2027.json': newer() } });
  const other = new URL(elsewhere.url).origin;
  server = await serve(DIST, {
    redirects: { '/taux-ailleurs.json': `${elsewhere.url}taux-2027.json` },
    extraFiles: {
      '/taux-2027.json': newer(),
      '/taux-casse.json': '{ "format": "facture-impayee/taux", "version": 1, "ecb_mro": ',
      '/taux-faux.json': JSON.stringify({ ...shipped, ecb_mro: { ...shipped.ecb_mro, rows: shipped.ecb_mro.rows.map((r) => (r.from === '2026-06-17' ? { ...r, percent: '3.40' } : r)) } }),
    },
    extraPages: {
      '/hote-taux-2027.html': { html: host('/taux-2027.json') },
      '/hote-taux-casse.html': { html: host('/taux-casse.json') },
      '/hote-taux-faux.html': { html: host('/taux-faux.json') },
      '/hote-taux-absent.html': { html: host('/nulle-part.json') },
      // The host's policy lets the page fetch from the other origin: only the app refuses it.
      '/hote-taux-redirige.html': { html: host('/taux-ailleurs.json'), csp: `${CSP}; connect-src 'self' ${other}` },
    },
  });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); await elsewhere?.close(); });

/** 5 000 € due 30 Nov 2026, assessed 20 Jan 2027: 2026 H2 at 12,40 %, 2027 H1 past the table. */
async function results(path) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(TODAY);
  await page.goto(server.url + path);
  // The rates, not the takeover of the static step, are under test here (first-paint.test.mjs).
  await started(page);
  await fillRatesDossier(page);
  const rows = page.locator('.fi-segments tbody tr');
  return {
    page,
    errors,
    asof: await page.locator('.fi-asof').textContent(),
    h2: await rows.nth(0).textContent(),
    h1: await rows.nth(1).textContent(),
    lead: await page.locator('.fi-lead').textContent(),
  };
}

test('the shipped taux.json: 12,40 % then 12,65 % flagged provisional, and the date of the last row', async () => {
  const r = await results('');
  assert.match(r.h2, /01\/12\/2026 → 31\/12\/2026.*12,40\u00a0%/);
  assert.match(r.h1, /01\/01\/2027 → 20\/01\/2027.*12,65\u00a0% \*/);
  // The newest row is the ECB decision of 10 Sept 2026 (in force on the 16th): the one of
  // 29 Oct 2026 was not found and dates nothing (FACTS.md, Corrections D2).
  assert.match(r.asof, /Barème à jour au 16 septembre 2026/);
  // Said calmly beside the rate, with what rests on it; not among the alarms above the figures.
  const note = await r.page.locator('.fi-rates .fi-rate-note').textContent();
  assert.match(note, /Le taux BCE du 1er semestre 2027 n'est pas encore connu de l'application : la dernière valeur connue \(2,65\u00a0%\) est reprise, à titre provisoire\. Il porte sur \d+,\d\d\u00a0€ de pénalités/);
  assert.equal(await r.page.locator('.fi-warnings').filter({ hasText: 'Taux non vérifié' }).count(), 0);
  assert.deepEqual(r.errors, []);
});

test('a newer file served by the host changes the figures and the date', async () => {
  const before = await results('hote-taux-absent.html');
  const r = await results('hote-taux-2027.html');
  assert.match(r.h1, /01\/01\/2027 → 20\/01\/2027.*12,90\u00a0%/);
  assert.doesNotMatch(r.h1, /\*/, 'the 2027 H1 rate is now verified');
  assert.match(r.asof, /Barème à jour au 23 décembre 2026.*complétés par le fichier des taux de ce site/);
  assert.notEqual(r.lead, before.lead, 'the total moved with the rate');
  assert.equal(await r.page.locator('.fi-warnings').filter({ hasText: 'Taux non vérifié' }).count(), 0);
  assert.equal(await r.page.locator('.fi-rate-note').count(), 0, 'nothing unverified any more');
  assert.deepEqual(r.errors, []);
});

for (const [path, reason] of [
  ['hote-taux-casse.html', /illisible/],
  ['hote-taux-faux.html', /contredit une valeur vérifiée.*17 juin 2026/],
  ['hote-taux-absent.html', /n'a pas pu être chargé/],
  // Redirected to another origin: not the file the site named, however plausible (PROBE F3).
  ['hote-taux-redirige.html', /n'a pas pu être chargé/],
]) {
  test(`a file that cannot be trusted (${path}) changes nothing and says why`, async () => {
    const r = await results(path);
    assert.match(r.h2, /12,40\u00a0%/);
    assert.match(r.h1, /12,65\u00a0% \*/);
    assert.match(r.asof, /Barème à jour au 16 septembre 2026 \(taux intégrés à l'application\)/);
    assert.match(r.asof, /ignoré/);
    assert.match(r.asof, reason);
    assert.deepEqual(r.errors, []);
  });
}
