// Rates files for the tests (docs/RATES.md): what a maintainer would publish in January 2027,
// made from the shipped one (values made up for the test). rates.test.mjs serves it from a host,
// wordpress.test.mjs gives it to the plugin's settings page.
export function newerRates(shipped) {
  const file = structuredClone(shipped);
  file.ecb_mro.rows = file.ecb_mro.rows.filter((r) => r.from <= file.ecb_mro.known_until);
  file.ecb_mro.rows.push({ from: '2026-12-23', percent: '2.90', reference: 'BCE, décision du 17 déc. 2026 (valeur de test)', status: 'verified' });
  file.ecb_mro.known_until = '2027-02-03';
  return JSON.stringify(file, null, 2);
}

/** A dossier whose penalties run into 2027's first half (5 000 € due 30 November 2026), typed
 *  into a started app and taken to its results, once the app has settled on a rates file. */
export async function fillRatesDossier(page) {
  await page.getByLabel('Nom du débiteur').fill('ACME SAS');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('#f-invoices-0-amount').fill('5 000');
  await page.locator('#f-invoices-0-issue_date').fill('2026-10-31');
  await page.locator('#f-invoices-0-term-date').fill('2026-11-30');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.locator('.fi-lead').waitFor();
  // The file is read after the first render: wait until the app has settled on a source.
  await page.locator('.fi-asof[data-rates-settled]').waitFor();
}
