// Réglages › Facture impayée: each rates file (the one in use, and a candidate) checked in the
// administrator's browser by the app's own rules: the checker module's `check_rates_file`
// (verificateur.js), the same Rust code that checks the file the app reads (src/rates_export.rs). « Utiliser ce
// barème » is enabled only for a file the app would take. Nothing is sent anywhere.
const box = document.getElementById('facture-impayee-taux');

async function verdict(checker, address) {
  const response = await fetch(address, { cache: 'no-cache' });
  if (!response.ok) return { ok: false, why: 'le fichier des taux n\'a pas pu être chargé' };
  return JSON.parse(checker.check_rates_file(await response.text()));
}

async function main() {
  const module = await import(box.dataset.verificateur);
  await module.default();
  const inUse = await verdict(module, box.dataset.enUsage);
  box.querySelector('[data-verdict="en-usage"]').textContent = inUse.ok
    ? `Barème à jour au ${inUse.as_of_fr}.`
    : `Ce barème est refusé par le calculateur (${inUse.why}) : il utilise le sien.`;
  if (box.dataset.candidat) {
    const candidate = await verdict(module, box.dataset.candidat);
    const said = box.querySelector('[data-verdict="candidat"]');
    if (candidate.ok) {
      said.textContent = `Ce barème est valable : à jour au ${candidate.as_of_fr}${candidate.rows ? `, ${candidate.rows} ligne${candidate.rows > 1 ? 's' : ''} de plus que le barème livré` : ''}.`;
      document.getElementById('facture-impayee-utiliser').disabled = false;
    } else {
      said.textContent = `Ce barème est refusé : ${candidate.why}.`;
      said.classList.add('facture-impayee-refus');
    }
  }
}

if (box) {
  main().catch((e) => {
    for (const said of box.querySelectorAll('[data-verdict]')) said.textContent = `Le barème n'a pas pu être vérifié ici (${e?.message ?? e}).`;
  });
}
