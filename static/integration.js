// The integrator's page: the options as a form, the snippet written from them, and a live
// preview through the iframe form (cadre.html). No inline script: this file, under the same
// strict policy as the app.
const form = document.getElementById('options');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const field = (name) => form.elements.namedItem(name);
const DEFAULT_ACCENT = '#1d4f91';
const DEFAULT_TEXT = '#ffffff';
const NAMESPACE = /^[A-Za-z0-9_-]{1,40}$/;
// As src/embed.rs reads them (a test ties the two): a scheme, a host, no space anywhere.
const ADDRESS = /^https?:\/\/[^\s/?#]\S*$/i;

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Says what is wrong next to the field, and whether it is right. */
function check(input, error, ok, message) {
  document.getElementById(error).textContent = ok ? '' : message;
  input.setAttribute('aria-invalid', String(!ok));
  return ok;
}

/** The options as [data-attribute name, value], leaving out defaults and refused values. */
function options() {
  const chosen = [];
  const accent = field('accent').value.toLowerCase();
  const text = field('accent-text').value.toLowerCase();
  if (accent !== DEFAULT_ACCENT) chosen.push(['accent', accent]);
  if (text !== DEFAULT_TEXT) chosen.push(['accent-text', text]);
  if (field('font').checked) chosen.push(['font', 'host']);
  const label = field('cta-label').value.trim();
  const url = field('cta-url').value.trim();
  const both = !label === !url;
  const shaped = !url || ADDRESS.test(url);
  const message = !shaped ? "L'adresse doit commencer par https:// ou http:// et nommer un site." : 'Indiquez le libellé et l\'adresse, ou aucun des deux.';
  if (check(field('cta-url'), 'cta-erreur', both && shaped, message) && label) {
    chosen.push(['cta-label', label], ['cta-url', url]);
  }
  for (const name of ['amount', 'due-date']) {
    const value = field(name).value.trim();
    if (value) chosen.push([name, value]);
  }
  const namespace = field('storage-namespace').value.trim();
  if (check(field('storage-namespace'), 'espace-erreur', !namespace || NAMESPACE.test(namespace), 'Lettres, chiffres, - et _ seulement, 40 au plus.') && namespace) {
    chosen.push(['storage-namespace', namespace]);
  }
  return chosen;
}

function base() {
  const typed = field('base').value.trim() || '/outils/facture-impayee/';
  return typed.endsWith('/') ? typed : `${typed}/`;
}

function write() {
  const chosen = options();
  const iframe = form.elements.namedItem('form').value === 'iframe';
  // The call to action goes on the iframe element, never in the frame's address (PROBE F3).
  const cta = chosen.filter(([name]) => name.startsWith('cta-'));
  const query = new URLSearchParams(chosen.filter(([name]) => !name.startsWith('cta-'))).toString();
  if (iframe) {
    const src = `${base()}cadre.html${query ? `?${query}` : ''}`;
    const ctaAttributes = cta.map(([name, value]) => `\n        data-${name}="${escape(value)}"`).join('');
    const why = cta.length ? 'ajuste la hauteur du cadre à son contenu et lui donne le bouton d\'appel' : 'facultatif : ajuste la hauteur du cadre à son contenu';
    snippet.textContent = `<iframe title="Facture impayée : ce qui vous est dû et que faire"\n        src="${escape(src)}"${ctaAttributes}\n        width="100%" height="900"></iframe>\n<!-- ${why}. -->\n<script src="${escape(base())}cadre.js"></script>`;
  } else {
    const attributes = chosen.map(([name, value]) => `\n     data-${name}="${escape(value)}"`).join('');
    snippet.textContent = `<div data-facture-impayee${attributes}></div>\n<script type="module" src="${escape(base())}embed.js"></script>`;
  }
  // The preview keeps its own dossier apart from any real one in this browser.
  const shown = new URLSearchParams(chosen.filter(([name]) => name !== 'storage-namespace' && !name.startsWith('cta-')));
  shown.set('storage-namespace', 'apercu-integration');
  const src = `cadre.html?${shown}`;
  let ctaChanged = false;
  for (const name of ['cta-label', 'cta-url']) {
    const value = cta.find(([n]) => n === name)?.[1] ?? null;
    ctaChanged ||= preview.getAttribute(`data-${name}`) !== value;
    if (value) preview.setAttribute(`data-${name}`, value); else preview.removeAttribute(`data-${name}`);
  }
  // The frame asks for its call to action when it starts: a new one needs a new start.
  if (preview.getAttribute('src') !== src) preview.setAttribute('src', src);
  else if (ctaChanged) preview.contentWindow?.location.reload();
}

let pending;
form.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(write, 300);
});
form.addEventListener('change', write);
form.addEventListener('submit', (e) => e.preventDefault());

document.getElementById('copy').addEventListener('click', async () => {
  const status = document.getElementById('copied');
  try {
    // A clipboard that never answers (seen in WebKit under load) is taken as no clipboard.
    const late = new Promise((_, refuse) => setTimeout(refuse, 3000));
    await Promise.race([navigator.clipboard.writeText(snippet.textContent), late]);
    status.textContent = 'Code copié.';
  } catch {
    // No clipboard here (an old browser, a page without the permission, no answer): select it instead.
    getSelection().selectAllChildren(snippet);
    status.textContent = 'Le code est sélectionné : copiez-le avec Ctrl+C (ou ⌘+C).';
  }
});

write();
