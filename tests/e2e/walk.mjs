// Shared walk through the questionnaire, used by the tests and by the screenshot script.
export const FIELD = {
  amount: (i = 0) => `#f-invoices-${i}-amount`,
  issue: (i = 0) => `#f-invoices-${i}-issue_date`,
  due: (i = 0) => `#f-invoices-${i}-term-date`,
  number: (i = 0) => `#f-invoices-${i}-number`,
};

/** Fills the first invoice on the invoices step; its number only when given. */
export async function fillInvoice(page, { number, amount, issue, due }) {
  if (number !== undefined) await page.locator(FIELD.number()).fill(number);
  await page.locator(FIELD.amount()).fill(amount);
  await page.locator(FIELD.issue()).fill(issue);
  await page.locator(FIELD.due()).fill(due);
}

/**
 * Fills a complete B2B dossier: 1 000 € due 15 Jun 2025, one reminder, unanswered mise en demeure.
 * `results: false` clicks « Voir le résultat » and returns without waiting for the results.
 */
export async function fillDossier(page, { amount = '1 000', debtorName = 'ACME SAS', results = true } = {}) {
  await page.getByLabel('Nom du débiteur').fill(debtorName);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await fillInvoice(page, { number: 'F-2025-001', amount, issue: '2025-05-01', due: '2025-06-15' });
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Ajouter une relance' }).click();
  await page.locator('#f-reminders-0').fill('2025-06-25');
  await page.getByLabel("J'ai déjà envoyé une mise en demeure de payer").check();
  await page.locator('#f-mise_en_demeure-sent').fill('2025-07-01');
  await page.locator('#f-mise_en_demeure-received').fill('2025-07-02');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  if (results) await page.locator('.fi-lead').waitFor();
}

/**
 * The letter page with the mise en demeure. After the walk's unanswered mise en demeure the
 * next step is the injonction de payer, so the page opens on its requête: the mise en demeure
 * is one choice away (on a phone, behind « Modifier »). `from`: the « Préparer … » button the
 * results show (another dossier recommends another step).
 */
export async function openMiseEnDemeure(page, { from = 'Préparer la requête en injonction de payer' } = {}) {
  await page.getByRole('button', { name: from }).first().click();
  await page.locator('.fi-letter').waitFor();
  const select = page.getByLabel('Quel document ?');
  const phone = !(await select.isVisible());
  if (phone) await page.getByRole('button', { name: 'Modifier' }).click();
  await select.selectOption({ label: 'Mise en demeure de payer' });
  if (phone) await page.getByRole('button', { name: 'Aperçu' }).click();
  await page.locator('.fi-letter__subject', { hasText: 'Mise en demeure' }).waitFor();
}
