// The letter, end to end: it follows the dossier, updates as the visitor types, downloads
// as a real PDF and DOCX (read back with pdftotext and a zip reader), and keeps hostile text inert.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { serve, launch, started, DIST } from './harness.mjs';
import { fillDossier, openMiseEnDemeure } from './walk.mjs';

let server, browser;
before(async () => { server = await serve(DIST); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh visitor at `today`, the app's first step shown; page errors are collected. */
async function openApp({ today = '2025-07-20T10:00:00', viewport } = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.clock.setFixedTime(new Date(today));
  await page.goto(server.url);
  await started(page);
  return { context, page, errors };
}

async function letterPage() {
  const { page, errors } = await openApp();
  await fillDossier(page);
  await openMiseEnDemeure(page);
  return { page, errors };
}

const flat = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

test('the mise en demeure carries the figures, and the preview follows every edit', async () => {
  const { page, errors } = await letterPage();
  const letter = page.locator('.fi-letter');
  let text = flat(await letter.textContent());
  for (const needle of ['Mise en demeure de payer', 'ACME SAS', '1 052,06 €', '13,15 %', 'D441-5', 'L441-10', 'injonction de payer', 'tribunal de commerce', '8 jours', 'notre relance du 25 juin 2025']) {
    assert.ok(text.includes(needle), `preview lacks « ${needle} »`);
  }
  // No document whose premise is false (VISITORS B1): no déclaration de créance without proceedings.
  const kinds = await page.getByLabel('Quel document ?').locator('option').allTextContents();
  assert.ok(kinds.some((k) => k.includes('Mise en demeure')), kinds.join(' | '));
  assert.ok(!kinds.some((k) => k.includes('Déclaration de créance')), kinds.join(' | '));
  await page.getByLabel('Lieu').fill('Lyon');
  await page.getByLabel('Délai laissé pour payer, en jours').fill('15');
  await page.getByLabel('Paragraphe supplémentaire').fill('Référence client : ACME-42.');
  text = flat(await letter.textContent());
  assert.ok(text.includes('Lyon, le 20 juillet 2025') && text.includes('15 jours') && text.includes('ACME-42'), text);
  // Figures stay tied to the engine: change the invoice, the letter follows.
  await page.getByRole('button', { name: '2. Factures' }).click();
  await page.locator('#f-invoices-0-amount').fill('2 000');
  for (const name of ['Suivant', 'Suivant', 'Voir le résultat']) await page.getByRole('button', { name }).click();
  // « Préparer … » opens the recommended document, the requête: the same figures, the same place.
  await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
  assert.ok(flat(await letter.textContent()).includes('Requête en injonction de payer'));
  assert.ok(flat(await letter.textContent()).includes('2 000,00 €'));
  assert.ok(flat(await letter.textContent()).includes('Lyon'), 'edits are kept');
  assert.deepEqual(errors, []);
});

test('the letters and their files come with the results: « Préparer … » and the downloads ask the network for nothing', async () => {
  const { context, page } = await openApp();
  await fillDossier(page);
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
  await page.locator('.fi-letter__subject', { hasText: 'Requête en injonction de payer' }).waitFor();
  assert.ok(flat(await page.locator('.fi-letter').textContent()).includes('ACME SAS'));
  const pdf = await download(page, 'Télécharger en PDF');
  assert.equal(pdf.name.endsWith('.pdf'), true, pdf.name);
  assert.deepEqual(asked.filter((u) => !u.startsWith('blob:')), [], 'nothing asked of the network');
  await context.close();
});

test('a disputed invoice: the mediation request first, how to file it, and the summary for a lawyer among « Vos autres documents »', async () => {
  const { context, page } = await openApp();
  await fillDossier(page);
  // Back to the answer: the client disputes the whole invoice.
  await page.getByRole('button', { name: '4. Réponse' }).click();
  await page.getByLabel('conteste toute la facture').check();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  await page.getByRole('button', { name: 'Préparer la demande de médiation' }).first().click();
  const filing = page.locator('.fi-filing');
  await filing.waitFor();
  const how = flat(await filing.textContent());
  assert.ok(how.includes('Comment faire la demande') && how.includes('economie.gouv.fr/mediateur-des-entreprises') && how.includes('2238'), how);
  // VISITORS S6: numbered steps, the official site a link opening in a new tab.
  assert.equal(await filing.locator('ol > li').count(), 3);
  const site = filing.getByRole('link', { name: 'economie.gouv.fr/mediateur-des-entreprises' });
  assert.equal(await site.getAttribute('href'), 'https://www.economie.gouv.fr/mediateur-des-entreprises');
  assert.equal(await site.getAttribute('target'), '_blank');
  assert.equal(await site.getAttribute('rel'), 'noopener');
  const letter = page.locator('.fi-letter');
  await page.locator('.fi-letter__subject', { hasText: 'Demande de médiation' }).waitFor();
  const text = flat(await letter.textContent());
  for (const needle of ['Médiateur des entreprises', 'Madame, Monsieur le Médiateur,', 'Autre partie : ACME SAS', 'conteste devoir ces sommes', 'Chronologie', '25/06/2025 : relance envoyée.', '01/07/2025 : mise en demeure envoyée, reçue le 02/07/2025.']) {
    assert.ok(text.includes(needle), `preview lacks « ${needle} »`);
  }
  const pdf = await download(page, 'Télécharger en PDF');
  assert.match(pdf.name, /^demande-de-mediation-acme-sas-2025-07-20\.pdf$/);
  const pdfText = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString());
  assert.ok(pdfText.includes('Chronologie') && pdfText.includes('Demande de médiation'), pdfText);
  // The other documents that fit, each with what it is for; the summary opens in the same editor.
  await page.getByRole('button', { name: 'Revenir aux résultats' }).click();
  const others = page.locator('.fi-documents');
  const listed = flat(await others.textContent());
  assert.ok(listed.includes('Synthèse pour un avocat ou un commissaire de justice') && listed.includes('Décompte de la créance'), listed);
  assert.ok(!listed.includes('Demande de médiation'), 'the recommended one is not listed twice');
  await others.getByRole('button', { name: 'Synthèse pour un avocat ou un commissaire de justice' }).click();
  await page.locator('.fi-letter__subject', { hasText: 'Synthèse du dossier' }).waitFor();
  const summary = flat(await letter.textContent());
  for (const needle of ['ACME SAS conteste l\'ensemble de la créance.', 'Les échéances', 'La prochaine étape habituelle', 'Les pièces détenues']) {
    assert.ok(summary.includes(needle), `summary lacks « ${needle} »`);
  }
  await context.close();
});

test('a debtor in Germany: the Form A sheet first, and the formal notice and the reminder in English', async () => {
  const { context, page } = await openApp();
  await page.getByLabel("une entreprise installée à l'étranger").check();
  await page.getByLabel('Dans quel pays est-elle établie ?').selectOption({ label: 'Allemagne' });
  await fillDossier(page, { debtorName: 'Müller GmbH' });
  await page.getByRole('button', { name: 'Préparer la fiche du formulaire A' }).first().click();
  await page.locator('.fi-letter__subject', { hasText: 'Formulaire A' }).waitFor();
  const letter = page.locator('.fi-letter');
  let text = flat(await letter.textContent());
  for (const needle of ['1. Juridiction', 'Code 02, défendeur (votre client)', 'Nom ou raison sociale : Müller GmbH', '3. Fondement de la compétence', 'Preuves écrites : les factures']) {
    assert.ok(text.includes(needle), `sheet lacks « ${needle} »`);
  }
  assert.ok(flat(await page.locator('.fi-filing').textContent()).includes('Comment déposer la demande'));
  await page.getByRole('button', { name: 'Revenir aux résultats' }).click();
  const others = page.locator('.fi-documents');
  const listed = flat(await others.textContent());
  assert.ok(listed.includes('Mise en demeure en anglais (formal notice)') && listed.includes('Relance en anglais (payment reminder)'), listed);
  await others.getByRole('button', { name: 'Mise en demeure en anglais (formal notice)' }).click();
  await page.locator('.fi-letter__subject', { hasText: 'Subject: Formal notice to pay: invoice No. F-2025-001' }).waitFor();
  text = flat(await letter.textContent());
  for (const needle of ['Dear Sir or Madam,', 'Despite our reminder of 25 June 2025 and our formal notice of 1 July 2025', 'EUR 1,000.00', 'Directive 2011/7/EU', 'European order for payment', 'Yours faithfully,']) {
    assert.ok(text.includes(needle), `notice lacks « ${needle} »`);
  }
  const pdf = await download(page, 'Télécharger en PDF');
  assert.match(pdf.name, /^formal-notice-muller-gmbh-2025-07-20\.pdf$/);
  const pdfText = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-']).toString());
  assert.ok(pdfText.includes('Subject: Formal notice to pay') && !pdfText.includes('Objet'), pdfText);
  await context.close();
});

test('on a wide screen the downloads and the preview stay in sight beside the field being edited', async () => {
  const { page } = await letterPage();
  for (const width of [1200, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.equal(await page.getByRole('button', { name: 'Aperçu' }).isVisible(), false, 'no panes to switch when both fit');
    // The page opens with the download in sight (VISITORS S2: it was 2 319 px down).
    const pdf = page.getByRole('button', { name: 'Télécharger en PDF' });
    const inView = async () => {
      const b = await pdf.boundingBox();
      return b && b.y >= 0 && b.y + b.height <= 800;
    };
    assert.ok(await inView(), `at ${width} px the PDF button is on the first screen, at y=${(await pdf.boundingBox()).y}`);
    const field = page.getByLabel('Formule de politesse');
    await field.scrollIntoViewIfNeeded();
    const f = await field.boundingBox();
    const p = await page.locator('.fi-letter').boundingBox();
    assert.ok(p.x > f.x + f.width, `preview at x=${p.x} should be right of the field ending at ${f.x + f.width}`);
    assert.ok(p.y < 800 && p.y + p.height > 0, `preview should be in the viewport, at y=${p.y}`);
  }
  await page.context().close();
});

test('on a phone the letter comes first, « Modifier » shows the fields, and the downloads stay in reach', async () => {
  const { page } = await letterPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const letter = page.locator('.fi-letter');
  const pdf = page.getByRole('button', { name: 'Télécharger en PDF' });
  assert.ok(await letter.isVisible(), 'the preview is shown first');
  assert.equal(await page.getByLabel('Formule de politesse').isVisible(), false, 'the fields wait behind « Modifier »');
  const inView = async () => {
    const b = await pdf.boundingBox();
    return b && b.y >= 0 && b.y + b.height <= 844;
  };
  assert.ok(await inView(), 'the PDF button is on the first screen');
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(200);
  assert.ok(await inView(), 'the PDF button stays in reach while the letter scrolls');
  await page.getByRole('button', { name: 'Modifier' }).click();
  assert.equal(await letter.isVisible(), false);
  // The proposed closing is there to edit, not an empty box.
  const closing = page.getByLabel('Formule de politesse');
  assert.match(await closing.inputValue(), /^Nous vous prions d'agréer, Madame, Monsieur/);
  await closing.fill('Cordialement.');
  await page.getByRole('button', { name: 'Aperçu' }).click();
  assert.ok(flat(await letter.textContent()).includes('Cordialement.'));
  await page.context().close();
});

test('the PDF and the DOCX are real files with the figures', async () => {
  const { page } = await letterPage();
  await page.getByLabel('Lieu').fill('Lyon');
  const pdf = await download(page, 'Télécharger en PDF');
  assert.equal(pdf.name, 'mise-en-demeure-acme-sas-2025-07-20.pdf');
  assert.equal((await readFile(pdf.path)).subarray(0, 5).toString(), '%PDF-');
  const pdfText = flat(execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }));
  for (const needle of ['Mise en demeure de payer', 'ACME SAS', '1 052,06 €', 'Lyon, le 20 juillet 2025', 'Pénalités de retard', 'Page 1 / 1']) {
    assert.ok(pdfText.includes(needle), `PDF lacks « ${needle} »: ${pdfText}`);
  }
  const docx = await download(page, 'Télécharger en Word (.docx)');
  assert.equal(docx.name, 'mise-en-demeure-acme-sas-2025-07-20.docx');
  const docText = flat(execFileSync('/usr/bin/python3', ['-c', [
    'import sys, zipfile, xml.dom.minidom as m',
    'z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None',
    '[m.parseString(z.read(n)) for n in z.namelist()]',
    "d = m.parseString(z.read('word/document.xml'))",
    "print(' '.join(t.firstChild.data for t in d.getElementsByTagName('w:t') if t.firstChild))",
  ].join('\n'), docx.path], { encoding: 'utf8' }));
  assert.ok(docText.includes('1 052,06 €') && docText.includes('Mise en demeure de payer'), docText);
});

test('hostile text stays inert in the preview and the files stay valid', async () => {
  const { page, errors } = await letterPage();
  const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> & "guillemets" ' 😀 مرحبا`;
  await page.getByLabel('Paragraphe supplémentaire').fill(hostile + ' ' + 'mot '.repeat(25000));
  await page.locator('#f-creditor-address').fill(hostile);
  const html = await page.locator('.fi-letter').innerHTML();
  assert.ok(!html.includes('<img') && !html.includes('<script'), 'markup is text, not elements');
  assert.ok((await page.locator('.fi-letter').textContent()).includes('<script>window.__pwned=1</script>'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const pdf = await download(page, 'Télécharger en PDF');
  const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
  assert.ok(Number(/Pages:\s+(\d+)/.exec(info)[1]) > 5, info);
  const docx = await download(page, 'Télécharger en Word (.docx)');
  execFileSync('/usr/bin/python3', ['-c', 'import sys, zipfile, xml.dom.minidom as m\nz = zipfile.ZipFile(sys.argv[1])\n[m.parseString(z.read(n)) for n in z.namelist()]', docx.path]);
  assert.deepEqual(errors, []);
});

test('an insolvent debtor gets the déclaration de créance, with the mandataire, and the revendication of goods sold with a reservation of title', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-10-15T10:00:00'));
  await page.goto(server.url);
  await page.getByLabel('Nom du débiteur').fill('Bâti-Sud SARL');
  await page.getByLabel('Mon client est en sauvegarde, redressement ou liquidation judiciaire').check();
  await page.getByLabel('Date de publication du jugement au BODACC').fill('2026-09-20');
  await page.getByLabel("Date du jugement d'ouverture").fill('2026-09-10');
  // AUDIT I3: goods sold with a clause de réserve de propriété.
  await page.locator('#f-reservation-of-title-yes').check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator('#f-invoices-0-amount').fill('3000');
  await page.locator('#f-invoices-0-issue_date').fill('2026-06-01');
  await page.locator('#f-invoices-0-term-date').fill('2026-06-30');
  for (const name of ['Suivant', 'Suivant', 'Voir le résultat']) await page.getByRole('button', { name }).click();
  assert.match(flat(await page.locator('.fi-lead').textContent()), /Déclarez votre créance au mandataire judiciaire avant le 20 novembre 2026/);
  const step = flat(await page.locator('.fi-step').first().textContent());
  for (const needle of ['revendiquez celles qui se trouvent encore en nature chez votre client, au plus tard le 20 décembre 2026', 'C. com. L624-9']) {
    assert.ok(step.includes(needle), `the step lacks « ${needle} »: ${step}`);
  }
  await page.getByRole('button', { name: 'Préparer la déclaration de créance' }).first().click(); // the headline's
  const kinds = await page.getByLabel('Quel document ?').locator('option').allTextContents();
  assert.ok(!kinds.some((k) => /Mise en demeure|relance/i.test(k)), `a demand offered under proceedings: ${kinds.join(' | ')}`);
  await page.getByLabel('Nom du mandataire').fill('Maître Anne Martin');
  const text = flat(await page.locator('.fi-letter').textContent());
  for (const needle of ['Maître Anne Martin', 'Mandataire judiciaire', 'Déclaration de créance', 'Bâti-Sud SARL', 'L622-24', 'chirographaire', 'sans préjudice de la revendication']) {
    assert.ok(text.includes(needle), `declaration lacks « ${needle} »`);
  }
  assert.ok(!text.includes('mettons en demeure'));
});

test('« Vos mots » start with the proposed text, belong to their letter, and can go back to it', async () => {
  const { page, errors } = await letterPage();
  const letter = page.locator('.fi-letter');
  const opening = page.getByLabel('Premier paragraphe');
  const proposed = await opening.inputValue();
  assert.match(flat(proposed), /^Malgré notre relance du 25 juin 2025 et notre mise en demeure du 1er juillet 2025, restées sans effet, la facture n° F-2025-001 reste impayée/);
  assert.ok(flat(await letter.textContent()).includes(flat(proposed)), 'the field holds the letter\'s own paragraph');
  // The visitor edits the proposed text rather than a blank box.
  await opening.fill(proposed.replace(', restées sans effet,', ', restées sans réponse,'));
  assert.ok(flat(await letter.textContent()).includes('restées sans réponse, la facture n° F-2025-001 reste impayée'));
  assert.ok(!flat(await letter.textContent()).includes('restées sans effet'));
  // Another letter keeps its own proposed opening; coming back finds the edit.
  await page.getByLabel('Quel document ?').selectOption({ label: 'Première relance amiable' });
  assert.match(flat(await opening.inputValue()), /^Sauf erreur ou omission de notre part/);
  await page.getByLabel('Quel document ?').selectOption({ label: 'Mise en demeure de payer' });
  assert.ok(flat(await opening.inputValue()).includes('restées sans réponse'));
  // Emptied, the field stays empty (the letter takes the proposed text); then back to it.
  await opening.fill('');
  assert.equal(await opening.inputValue(), '');
  assert.ok(flat(await letter.textContent()).includes('restées sans effet'));
  await page.getByRole('button', { name: 'Revenir au texte proposé' }).click();
  assert.equal(flat(await opening.inputValue()), flat(proposed));
  assert.equal(await page.getByRole('button', { name: 'Revenir au texte proposé' }).count(), 0);
  assert.deepEqual(errors, []);
});

test('line breaks typed in a paragraph become paragraphs, and what the PDF cannot draw is shown the same everywhere', async () => {
  const { page, errors } = await letterPage();
  await page.getByLabel('Paragraphe supplémentaire').fill('Premier point.\nSecond\u200b point 👍 → fin.');
  const paragraphs = await page.locator('.fi-letter p').allTextContents();
  assert.ok(paragraphs.includes('Premier point.'), paragraphs.join(' | '));
  assert.ok(paragraphs.some((p) => p === 'Second point  -> fin.' || p === 'Second point -> fin.'), paragraphs.join(' | '));
  const pdf = await download(page, 'Télécharger en PDF');
  const text = flat(execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }));
  assert.ok(text.includes('Premier point. Second point -> fin.'), text);
  assert.ok(!text.includes('Premier point.Second'), 'never glued together');
  assert.deepEqual(errors, []);
});

test('a time-barred invoice stays out of the court claim: the answer, the step and the requête\'s PDF', async () => {
  // AUDIT E1: one invoice delivered on 1 March 2021 (time-barred since 1 March 2026), one running.
  const { context, page, errors } = await openApp({ today: '2026-12-04T10:00:00' });
  await page.getByLabel('Nom du débiteur').fill('Bâti-Sud SARL');
  await page.getByRole('button', { name: 'Suivant' }).click();
  const invoice = async (i, number, amount, issue, due) => {
    await page.locator(`#f-invoices-${i}-number`).fill(number);
    await page.locator(`#f-invoices-${i}-amount`).fill(amount);
    await page.locator(`#f-invoices-${i}-issue_date`).fill(issue);
    await page.locator(`#f-invoices-${i}-term-date`).fill(due);
  };
  await invoice(0, 'F-2021-A', '5 000', '2021-03-01', '2021-03-31');
  await page.getByRole('button', { name: 'Ajouter une autre facture' }).click();
  await invoice(1, 'F-2026-B', '3 000', '2026-02-01', '2026-03-03');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByLabel("J'ai déjà envoyé une mise en demeure de payer").check();
  await page.locator('#f-mise_en_demeure-sent').fill('2026-10-01');
  await page.locator('#f-mise_en_demeure-received').fill('2026-10-03');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).click();
  const lead = flat(await page.locator('.fi-lead').textContent());
  assert.ok(lead.includes('En justice : 3 318,85 € (la facture F-2021-A, prescrite, est laissée de côté).'), lead);
  const step = flat(await page.locator('.fi-step').first().textContent());
  assert.ok(step.includes('La facture F-2021-A est prescrite : elle est laissée de côté'), step);
  await page.locator('.fi-lead').getByRole('button', { name: 'Préparer la requête en injonction de payer' }).click();
  const pdf = await download(page, 'Télécharger en PDF');
  const text = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }));
  assert.ok(text.includes('F-2026-B'), text);
  assert.ok(!text.includes('F-2021-A'), text);
  assert.ok(text.includes('3 318,85 €'), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a requête for people trading in their own name: the fields it needs, a wrong birth date said beside its field, the PDF naming them', async () => {
  // AUDIT E3: CPC 54 3° a) for the visitor, CPC 57 for the client; the walk's dossier at 20 July 2025.
  const { context, page, errors } = await openApp();
  await fillDossier(page, { debtorName: 'Cabinet Dr Morel' });
  await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
  await page.locator('.fi-letter').waitFor();
  // A company by default: no civil details asked, a seat and a representative.
  assert.equal(await page.locator('#f-creditor-person-surname').count(), 0);
  assert.ok(await page.locator('#f-debtor-representative').isVisible());
  await page.locator('#f-creditor-own-name-own').check();
  await page.locator('#f-debtor-own-name-own').check();
  assert.equal(await page.locator('#f-debtor-representative').count(), 0, 'a natural person has no representative');
  assert.ok(flat(await page.locator('#f-creditor-person-why').textContent()).includes('articles 54 et 57 du Code de procédure civile'));
  await page.locator('#f-creditor-name').fill('Studio Lumière');
  await page.locator('#f-creditor-person-surname').fill('Dupont');
  await page.locator('#f-creditor-person-first_names').fill('Claire Marie');
  await page.locator('#f-creditor-person-profession').fill('graphiste');
  await page.locator('#f-creditor-address').fill('3 rue des Écoles\n69001 Lyon');
  await page.locator('#f-debtor-person-surname').fill('Morel');
  // A year typed with two digits: said beside the field, and the letter stays.
  await page.locator('#f-creditor-person-birth_date').fill('0085-03-14');
  await page.locator('#f-creditor-person-birth_date').blur();
  const message = page.locator('#f-creditor-person-birth_date-error');
  assert.ok((await message.textContent()).includes('écrivez l\'année sur quatre chiffres'));
  const letter = page.locator('.fi-letter');
  assert.ok(flat(await letter.textContent()).includes('date et lieu de naissance : ……………………'));
  // The results stay too: a letter field changes no figure.
  await page.getByRole('button', { name: 'Revenir aux résultats' }).click();
  await page.locator('.fi-lead').waitFor();
  await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
  await letter.waitFor();
  await page.locator('#f-creditor-person-birth_date').fill('1985-03-14');
  await message.waitFor({ state: 'detached' });
  const preview = flat(await letter.textContent());
  assert.ok(preview.includes('Nom : Dupont ; prénoms : Claire Marie ; profession : graphiste ; nationalité : ……………………'), preview);
  const pdf = await download(page, 'Télécharger en PDF');
  const text = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }));
  for (const needle of [
    'date et lieu de naissance : 14 mars 1985 à ……………………',
    'domicile : 3 rue des Écoles, 69001 Lyon, exerçant sous le nom « Studio Lumière »',
    'Le débiteur Nom : Morel ; prénoms : ……………………',
  ]) {
    assert.ok(text.includes(needle), `PDF lacks « ${needle} »: ${text}`);
  }
  assert.ok(!text.includes('dont le siège'), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the filing card is folded, so the document starts on the first screen', async () => {
  const { context, page } = await openApp({ viewport: { width: 390, height: 844 } });
  await fillDossier(page);
  await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
  const letter = page.locator('.fi-letter');
  await letter.waitFor();
  const filing = page.locator('.fi-filing');
  assert.equal(await filing.getAttribute('open'), null, 'folded on a phone');
  // Measured once the step has moved the focus and the view to its heading.
  await page.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.tagName === 'H2');
  const top = (await letter.boundingBox()).y;
  assert.ok(top < 844 / 2, `the document starts at y=${top}`);
  // One tap unfolds the steps, with the commercial court's online filing as a link.
  await filing.locator('summary').first().click();
  assert.equal(await filing.getByRole('link', { name: 'tribunaldigital.fr' }).getAttribute('href'), 'https://www.tribunaldigital.fr');
  await context.close();
});

test('before a download, the page lists what the document lacks, each a link to its field, and the file leaves a visible blank', async () => {
  // VISITORS S5: a letter downloaded with no address, and nothing said.
  for (const width of [1200, 390]) {
    const { context, page } = await openApp({ viewport: { width, height: 900 } });
    await fillDossier(page);
    await page.getByRole('button', { name: 'Préparer la requête en injonction de payer' }).first().click();
    const missing = page.locator('.fi-missing');
    // Folded to one line on a phone: one tap shows the list.
    if (width < 600) await missing.locator('summary').click();
    const said = flat(await missing.textContent());
    assert.match(said, /Il manque encore [0-9]+ mentions dans ce document/);
    for (const what of ['votre nom ou votre raison sociale', 'la forme juridique de votre entreprise', "l'adresse de votre client", 'la ville du tribunal']) {
      assert.ok(said.includes(what), `${width} px: « ${what} » not listed: ${said}`);
    }
    // A link to the field, which takes the focus (on a phone, the fields' pane opens).
    await missing.getByRole('button', { name: "l'adresse de votre client" }).click();
    await page.waitForFunction(() => document.querySelector('[data-facture-impayee]').shadowRoot.activeElement?.id === 'f-debtor-address');
    await page.locator('#f-debtor-address').fill('12 avenue de la Gare\n75010 Paris');
    assert.ok(!flat(await missing.textContent()).includes("l'adresse de votre client"));
    // Downloaded anyway: what is still missing is a visible blank in the file.
    if (width < 600) await page.getByRole('button', { name: 'Aperçu' }).click();
    const pdf = await download(page, 'Télécharger en PDF');
    const text = flat(execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }));
    assert.ok(text.includes('Le requérant …………………… , dont le siège est ……………………') || text.includes('Le requérant ……………………, dont le siège est ……………………'), text);
    assert.ok(text.includes('du tribunal de commerce de ………………………'), text);
    await context.close();
  }
});
