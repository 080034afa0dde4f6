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
