// Screenshots of every screen at a desktop and a phone width, to look at before calling a UI
// change done. Not a test: it asserts nothing and writes PNG files.
//   trunk build --release && (cd tests/e2e && node screens.mjs /tmp/screens)
import { mkdir } from 'node:fs/promises';
import { DIST, launch, serve } from './harness.mjs';
import { FIELD } from './walk.mjs';

const out = process.argv[2] ?? '/tmp/screens';
await mkdir(out, { recursive: true });
const server = await serve(DIST);
const browser = await launch();

async function shoot(page, name) {
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
}

for (const [label, width] of [['desktop', 1200], ['phone', 390]]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('h2').first().waitFor();
  const next = () => page.getByRole('button', { name: 'Suivant' }).click();

  await page.getByLabel('Nom du débiteur').fill('ACME SAS');
  await shoot(page, `${label}-1-debtor`);
  await next();
  // Wrong values first: the messages beside the fields.
  await page.locator(FIELD.amount()).fill('12,3,4');
  await page.locator(FIELD.issue()).fill('2025-05-01');
  await page.locator(FIELD.due()).fill('2025-04-01');
  await next();
  await shoot(page, `${label}-2-invoices-errors`);
  await page.locator(FIELD.number()).fill('F-2025-001');
  await page.locator(FIELD.amount()).fill('1 234,56');
  await page.locator(FIELD.due()).fill('2025-06-15');
  await shoot(page, `${label}-2-invoices`);
  await next();
  await page.getByRole('button', { name: 'Ajouter une relance' }).click();
  await page.locator('#f-reminders-0').fill('2025-06-25');
  await page.getByLabel("J'ai déjà envoyé une mise en demeure de payer").check();
  await page.locator('#f-mise_en_demeure-sent').fill('2025-07-01');
  await page.locator('#f-mise_en_demeure-received').fill('2025-07-02');
  await shoot(page, `${label}-3-actions`);
  await next();
  await shoot(page, `${label}-4-answer`);
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.locator('.fi-lead').waitFor();
  await shoot(page, `${label}-5-results`);
  await page.getByRole('button', { name: /Préparer/ }).first().click();
  await page.locator('.fi-letter').waitFor();
  await shoot(page, `${label}-6-letter`);
  // A disputed invoice: the mediation request, and the other documents on the results.
  await page.getByRole('button', { name: '4. Réponse' }).click();
  await page.getByLabel('conteste toute la facture').check();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.locator('.fi-lead').waitFor();
  await shoot(page, `${label}-7-results-disputed`);
  await page.getByRole('button', { name: 'Préparer la demande de médiation' }).first().click();
  await page.locator('.fi-letter__subject', { hasText: 'Demande de médiation' }).waitFor();
  await shoot(page, `${label}-8-mediation`);
  await context.close();
}

await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
