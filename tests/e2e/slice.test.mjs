// The first vertical slice, end to end against the release build:
// type an amount, reload, find it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, DIST } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the amount survives a reload', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.locator('h1').textContent(), /Facture impayée/);
  await page.getByLabel('Montant TTC de la facture').fill('1 234,56');
  await page.locator('.fi-hint').waitFor();
  await page.reload();
  const field = page.getByLabel('Montant TTC de la facture');
  await field.waitFor();
  assert.equal(await field.inputValue(), '1 234,56');
  assert.equal((await page.locator('.fi-hint').textContent()), '1\u202f234,56\u00a0€');
});

test('a wrong amount shows a French message and keeps the text', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  const field = page.getByLabel('Montant TTC de la facture');
  await field.fill('12,3,4');
  const error = page.locator('#fi-amount-error');
  await error.waitFor();
  assert.match(await error.textContent(), /plusieurs virgules/);
  assert.equal(await field.inputValue(), '12,3,4');
});

test('corrupt storage still starts the app, and the copy is kept aside', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('facture-impayee/dossier', '{not json');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.fi-privacy').waitFor();
  assert.match(await page.locator('.fi-privacy').textContent(), /illisible/);
  assert.equal(await page.evaluate(() => localStorage.getItem('facture-impayee/dossier-illisible')), '{not json');
});
