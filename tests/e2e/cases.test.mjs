// Three ordinary visitors (issue 12), each walked from an empty page to a downloaded document,
// at a desktop and a phone width, reading the letter they would send. Every click is counted:
// the counts are printed for the record (they assert nothing on their own).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { serve, launch, started, DIST } from './harness.mjs';

const TODAY = new Date('2026-11-22T10:00:00');
let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const flat = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** A fresh visitor; `click` counts each click. */
async function visitor(width) {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(TODAY);
  await page.goto(server.url);
  await started(page);
  let clicks = 0;
  const click = async (locator) => { clicks += 1; await locator.click(); };
  // A choice in a select: one click to open it, one to choose.
  const count = () => { clicks += 2; };
  const button = (name) => click(page.getByRole('button', { name }));
  return { page, errors, click, button, count, clicks: () => clicks };
}

/** Downloads the letter as PDF and returns its text, read by pdftotext. */
async function pdfText(v) {
  const [file] = await Promise.all([v.page.waitForEvent('download'), v.button('Télécharger en PDF')]);
  return flat(execFileSync('pdftotext', [await file.path(), '-'], { encoding: 'utf8' }));
}

/** Downloads the letter as DOCX and returns the text of its paragraphs. */
async function docxText(v) {
  const [file] = await Promise.all([v.page.waitForEvent('download'), v.button('Télécharger en Word (.docx)')]);
  return flat(execFileSync('/usr/bin/python3', ['-c', [
    'import sys, zipfile, xml.dom.minidom as m',
    "d = m.parseString(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))",
    "print(' '.join(t.firstChild.data for t in d.getElementsByTagName('w:t') if t.firstChild))",
  ].join('\n'), await file.path()], { encoding: 'utf8' }));
}

/** Types invoice `i`'s number, amount, issue date and due date. */
async function fillInvoiceAt(page, i, number, amount, issue, due) {
  await page.locator(`#f-invoices-${i}-number`).fill(number);
  await page.locator(`#f-invoices-${i}-amount`).fill(amount);
  await page.locator(`#f-invoices-${i}-issue_date`).fill(issue);
  await page.locator(`#f-invoices-${i}-term-date`).fill(due);
}

/** On a phone the letter page opens on the preview: the fields are behind « Modifier ». */
async function editLetter(v, width) {
  if (width < 500) await v.button('Modifier');
}

for (const width of [1200, 390]) {
  test(`${width} px: a freelancer, one invoice to a SAS, nothing sent yet → a first reminder`, async () => {
    const v = await visitor(width);
    const { page } = v;
    // VISITORS M10: the standalone page's footer link sits in the app's column.
    const heading = await page.getByRole('heading', { name: "Qui vous doit de l'argent ?" }).boundingBox();
    const footer = await page.locator('footer a').boundingBox();
    assert.ok(Math.abs(heading.x - footer.x) < 2, `footer at ${footer.x}, column at ${heading.x}`);
    await page.getByLabel('Nom du débiteur').fill('Nexa Conseil SAS');
    await page.getByLabel('Votre nom ou celui de votre entreprise').fill('Julie Martin');
    await v.button('Suivant');
    await page.locator('#f-invoices-0-number').fill('2026-017');
    await page.locator('#f-invoices-0-amount').fill('1 800');
    await page.locator('#f-invoices-0-issue_date').fill('2026-09-01');
    await page.locator('#f-invoices-0-term-date').fill('2026-10-01');
    await v.button('Suivant');
    await v.button('Suivant');
    await v.button('Voir le résultat');
    const lead = flat(await page.locator('.fi-lead').textContent());
    assert.match(lead, /il vous est dû 1 \d{3},\d\d €/);
    assert.match(lead, /Prochaine étape : .*relance/i, lead);
    await v.click(page.locator('.fi-lead').getByRole('button', { name: /^Préparer la première relance/ }));
    const text = await pdfText(v);
    for (const needle of ['Relance — facture n° 2026-017', 'Sauf erreur ou omission de notre part, la facture n° 2026-017 reste impayée à ce jour',
      '1 800,00 €', 'Julie Martin', 'Nexa Conseil SAS']) {
      assert.ok(text.includes(needle), `the reminder lacks « ${needle} »: ${text}`);
    }
    assert.ok(!text.includes('mise en demeure du'), 'nothing was sent before');
    console.log(`${width} px, freelancer: ${v.clicks()} clicks from an empty page to the PDF`);
    assert.deepEqual(v.errors, []);
  });

  test(`${width} px: a company, three invoices, one part-paid, a mise en demeure sent, 300 € disputed on one`, async () => {
    const v = await visitor(width);
    const { page } = v;
    await page.getByLabel('Nom du débiteur').fill('Atelier Durand SARL');
    await v.button('Suivant');
    const invoice = (...args) => fillInvoiceAt(page, ...args);
    await invoice(0, 'F-2026-031', '1 800', '2026-04-02', '2026-05-02');
    await v.button('Ajouter une autre facture');
    await invoice(1, 'F-2026-044', '2 150,50', '2026-05-15', '2026-06-14');
    await v.click(page.getByRole('button', { name: 'Ajouter un paiement partiel reçu' }).nth(1));
    await page.locator('#f-invoices-1-payments-0-date').fill('2026-07-01');
    await page.locator('#f-invoices-1-payments-0-amount').fill('1 000');
    await v.button('Ajouter une autre facture');
    await invoice(2, 'F-2026-058', '1.275', '2026-06-20', '2026-07-20');
    await v.button('Suivant');
    await v.button('Ajouter une relance');
    await page.locator('#f-reminders-0').fill('2026-08-01');
    await v.click(page.getByLabel("J'ai déjà envoyé une mise en demeure de payer"));
    await page.locator('#f-mise_en_demeure-sent').fill('2026-09-01');
    await page.locator('#f-mise_en_demeure-received').fill('2026-09-03');
    await v.button('Suivant');
    await v.click(page.getByLabel("conteste une partie d'une facture"));
    await page.locator('#f-position-amount').fill('300');
    // Which invoice is asked before the results.
    await v.button('Voir le résultat');
    assert.equal(await page.locator('#f-position-invoice-error').textContent(), 'Choisissez la facture dont une partie est contestée.');
    await page.locator('#f-position-invoice').selectOption({ label: 'Facture F-2026-044 (2 150,50 €)' });
    await v.button('Voir le résultat');
    const lead = flat(await page.locator('.fi-lead').textContent());
    // The 300 € disputed take their own penalties with them (16,38 €, AUDIT E2).
    assert.ok(lead.includes('il vous est dû 4 592,13 €, dont 4 275,75 € que votre client ne conteste pas (il conteste 300,00 € de la facture F-2026-044)'), lead);
    assert.ok(lead.includes('injonction de payer'), lead);

    // « Modifier » an earlier step: the results stay one click away in the progress list.
    await v.click(page.getByRole('button', { name: 'Modifier : Vos factures' }));
    await v.click(page.locator('.fi-progress').getByRole('button', { name: '5. Résultats' }));
    assert.ok(flat(await page.locator('.fi-lead').textContent()).includes('4 592,13 €'));

    // The requête for the undisputed part, read from its PDF.
    await v.click(page.locator('.fi-lead').getByRole('button', { name: 'Préparer la requête en injonction de payer' }));
    const requete = await pdfText(v);
    for (const needle of [
      'Requête en injonction de payer',
      'Le débiteur conteste une partie de la facture n° F-2026-044, à hauteur de 300,00 €',
      'Somme réclamée, non contestée 4 275,75 €',
      'de lui payer la somme de 4 275,75 €, partie non contestée',
      'Bordereau des pièces jointes',
      'mise en demeure du 1er septembre 2026 et son avis de réception',
    ]) {
      assert.ok(requete.includes(needle), `the requête lacks « ${needle} »: ${requete}`);
    }

    // How to file it, on screen whichever pane is shown; then the court's town and the terms
    // of sale the visitor holds, both in the PDF.
    const filing = flat(await page.locator('.fi-filing').textContent());
    assert.ok(await page.locator('.fi-filing').isVisible() && filing.includes('tribunaldigital.fr'), filing);
    await editLetter(v, width);
    await page.getByLabel('Ville du tribunal').fill('Lyon');
    await page.getByLabel('Ce que vous avez fourni').fill("l'agencement de ses trois boutiques, livré en juin 2026");
    await v.click(page.getByLabel('Conditions générales de vente ou contrat'));
    // VISITORS M6: an invoice number is not split at its hyphens in the preview.
    assert.ok((await page.locator('.fi-letter .fi-nowrap').allTextContents()).some((t) => t.includes('F-2026-044')));
    const filed = await pdfText(v);
    for (const needle of [
      "Le requérant a fourni au débiteur l'agencement de ses trois boutiques, livré en juin 2026, objet des factures",
      'du tribunal des activités économiques de Lyon',
      'Pièce n° 4 : conditions générales de vente ou contrat',
      'Taux appliqués',
      '12,40 % pour le 2d semestre 2026',
    ]) {
      assert.ok(filed.includes(needle), `the requête lacks « ${needle} »: ${filed}`);
    }

    // The mise en demeure, one choice away as a last notice, for the undisputed part only.
    v.count();
    await page.getByLabel('Quel document ?').selectOption({ label: 'Mise en demeure de payer' });
    await v.click(page.getByLabel('seulement la partie non contestée'));
    const text = await docxText(v);
    for (const needle of [
      'Malgré notre relance du 1er août 2026 et notre mise en demeure du 1er septembre 2026, restées sans effet, les factures n° F-2026-031, n° F-2026-044 et n° F-2026-058 restent impayées à ce jour.',
      'Vous contestez une partie de la facture n° F-2026-044, à hauteur de 300,00 €.',
      'Somme réclamée, non contestée',
      'nous vous mettons en demeure de nous régler la somme de 4 275,75 €, partie non contestée de notre créance,',
      '(1 jour à 12,40 %',
    ]) {
      assert.ok(text.includes(needle), `the letter lacks « ${needle} »: ${text.slice(text.indexOf('Total'))}`);
    }
    assert.ok(!text.includes('1 jours'), text);
    console.log(`${width} px, three invoices: ${v.clicks()} clicks from an empty page to the DOCX`);
    assert.deepEqual(v.errors, []);
  });

  test(`${width} px: a company whose client disputes one of two invoices as a whole, for a reason → the undisputed invoice claimed`, async () => {
    // VISITORS S1: before, the visitor picked « une partie » and typed the whole amount, and
    // the undisputed sum kept the disputed invoice's penalties and 40 €.
    const v = await visitor(width);
    const { page } = v;
    await page.getByLabel('Nom du débiteur').fill('Boulangeries Roux SARL');
    await v.button('Suivant');
    const invoice = (...args) => fillInvoiceAt(page, ...args);
    await invoice(0, 'EV-2026-117', '2 400', '2026-07-01', '2026-07-31');
    await v.button('Ajouter une autre facture');
    await invoice(1, 'EV-2026-130', '980', '2026-08-01', '2026-08-31');
    await v.button('Suivant');
    await v.click(page.getByLabel("J'ai déjà envoyé une mise en demeure de payer"));
    await page.locator('#f-mise_en_demeure-sent').fill('2026-10-01');
    await page.locator('#f-mise_en_demeure-received').fill('2026-10-03');
    await v.button('Suivant');
    await v.click(page.getByLabel('conteste une ou plusieurs factures en entier'));
    // None ticked: said before the results.
    await v.button('Voir le résultat');
    assert.equal(await page.locator('#f-position-invoices-error').textContent(), 'Cochez la ou les factures que votre client conteste.');
    await v.click(page.getByLabel('Facture EV-2026-130 (980,00 €)'));
    await page.getByLabel("Ce qu'il reproche, dans ses mots").fill('qualité des prestations');
    await v.button('Voir le résultat');
    const lead = flat(await page.locator('.fi-lead').textContent());
    assert.match(lead, /dont 2 [0-9]{3},[0-9]{2} € que votre client ne conteste pas \(il conteste la facture EV-2026-130\)/, lead);
    await v.click(page.locator('.fi-lead').getByRole('button', { name: 'Préparer la requête en injonction de payer' }));
    const requete = await pdfText(v);
    for (const needle of [
      'Le débiteur conteste la facture n° EV-2026-130, en invoquant : « qualité des prestations » : la présente requête ne porte que sur ce qu\'il ne conteste pas.',
      'Partie contestée, avec ses pénalités, non réclamée ici',
    ]) {
      assert.ok(requete.includes(needle), `the requête lacks « ${needle} »: ${requete}`);
    }
    assert.deepEqual(v.errors, []);
  });

  test(`${width} px: a company whose client is a GmbH in Berlin, the notice unanswered → the European order, filed in Germany`, async () => {
    // VISITORS S6: the country is asked (it was « another EU country » only); every document
    // then says the same: Germany, and the one German court for European orders.
    const v = await visitor(width);
    const { page } = v;
    await v.click(page.getByLabel("une entreprise installée à l'étranger"));
    await page.getByLabel('Nom du débiteur').fill('Bergmann Technik GmbH');
    await v.button('Suivant');
    assert.equal(await page.locator('#f-debtor-kind-country-error').textContent(),
      'Choisissez le pays où votre client est établi : les procédures européennes en dépendent.');
    v.count();
    await page.getByLabel('Dans quel pays est-elle établie ?').selectOption({ label: 'Allemagne' });
    await v.button('Suivant');
    await fillInvoiceAt(page, 0, 'EX-2026-09', '7 200', '2026-06-10', '2026-07-10');
    await v.button('Suivant');
    await v.click(page.getByLabel("J'ai déjà envoyé une mise en demeure de payer"));
    await page.locator('#f-mise_en_demeure-sent').fill('2026-09-15');
    await page.locator('#f-mise_en_demeure-received').fill('2026-09-18');
    await v.button('Suivant');
    await v.button('Voir le résultat');
    const lead = flat(await page.locator('.fi-lead').textContent());
    assert.match(lead, /injonction de payer européenne/i, lead);
    await page.locator('.fi-step').first().waitFor({ state: 'attached' });
    const where = flat(await page.locator('.fi-step').first().textContent());
    assert.ok(where.includes("l'Amtsgericht Wedding, 13343 Berlin, seule compétente pour tout le pays"), where);
    assert.ok(!where.includes('ne s\'applique pas au Danemark'), 'the country is known');
    await v.click(page.locator('.fi-lead').getByRole('button', { name: /^Préparer la fiche du formulaire A/ }));
    await editLetter(v, width);
    await page.locator('#f-debtor-address').fill('Friedrichstraße 10\n10117 Berlin');
    await page.getByLabel("Numéro d'immatriculation").fill('HRB 12345');
    const sheet = await pdfText(v);
    for (const needle of ['Le siège de votre client : Allemagne.', "l'Amtsgericht Wedding, 13343 Berlin",
      'Adresse : Friedrichstraße 10, 10117 Berlin', '7 200,00 €']) {
      assert.ok(sheet.includes(needle), `the sheet lacks « ${needle} »: ${sheet}`);
    }
    // The formal notice in English, addressed to Germany.
    v.count();
    await page.getByLabel('Quel document ?').selectOption({ label: 'Mise en demeure en anglais (formal notice)' });
    const notice = await pdfText(v);
    for (const needle of ['Registration No. HRB 12345', '10117 Berlin ALLEMAGNE', 'Formal notice to pay']) {
      assert.ok(notice.includes(needle), `the notice lacks « ${needle} »: ${notice}`);
    }
    console.log(`${width} px, a GmbH in Berlin: ${v.clicks()} clicks from an empty page to the English notice`);
    assert.deepEqual(v.errors, []);
  });

  test(`${width} px: an artisan whose client is a private person, « payable à réception », typed « 2.400 »`, async () => {
    const v = await visitor(width);
    const { page } = v;
    await v.click(page.getByLabel('un particulier'));
    await page.getByLabel('Nom du débiteur').fill('M. Paul Bernard');
    await page.getByLabel('Votre nom ou celui de votre entreprise').fill('Menuiserie Lefort');
    await v.button('Suivant');
    await page.locator('#f-invoices-0-number').fill('D-112');
    await page.locator('#f-invoices-0-amount').fill('2.400');
    await page.locator('#f-invoices-0-issue_date').fill('2026-08-20');
    await page.locator('#f-invoices-0-delivery_date').fill('2026-08-20');
    await page.getByLabel('Délai de paiement').selectOption({ label: 'payable à réception' });
    await v.button('Suivant');
    await v.button('Ajouter une relance');
    await page.locator('#f-reminders-0').fill('2026-09-20');
    await v.button('Suivant');
    await v.click(page.getByLabel('non, je veux surtout être payé'));
    await v.button('Voir le résultat');
    const lead = flat(await page.locator('.fi-lead').textContent());
    assert.match(lead, /il vous est dû 2 400,00 €\./, lead);
    assert.match(lead, /mise en demeure/i, lead);
    await v.click(page.locator('.fi-lead').getByRole('button', { name: /^Préparer la mise en demeure/ }));
    await editLetter(v, width);
    await page.getByLabel('Lieu').fill('Annecy');
    const text = await pdfText(v);
    for (const needle of ['Malgré notre relance du 20 septembre 2026, la facture n° D-112 reste impayée à ce jour.',
      '2 400,00 €', 'Annecy, le 22 novembre 2026', 'Monsieur,', 'Menuiserie Lefort']) {
      assert.ok(text.includes(needle), `the letter lacks « ${needle} »: ${text}`);
    }
    // A consumer owes no 40 € and no late-payment penalties of the Code de commerce.
    assert.ok(!text.includes('40,00 €') && !text.includes('D441-5') && !text.includes('Pénalités de retard'), text);
    console.log(`${width} px, artisan and a private person: ${v.clicks()} clicks from an empty page to the PDF`);
    assert.deepEqual(v.errors, []);
  });
}
