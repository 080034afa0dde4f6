// facture-impayee: the one file a page loads. It finds every element marked
// data-facture-impayee, gives each a shadow root (so the host page's styles and ours stay
// apart), links our stylesheet inside it, loads the WebAssembly and mounts the app.
// No inline script, no eval: it runs under script-src 'self' 'wasm-unsafe-eval'.
// Options are data attributes on the element: see docs/EMBED.md.

// The app's files live in a folder named after their content; the build writes its name here
// (scripts/version-assets). This file is the one stable name: hosts serve it « no-cache ».
const VERSION = 'sans-version';
const here = new URL('.', import.meta.url);
const assets = new URL(`v/${VERSION}/`, here);
// Our stylesheet, linked in each shadow root (and in the head of our own pages).
const APP_CSS = new URL('app.css', assets).href;
// A fresh copy of this file, loaded once when a cached older copy names files that are gone.
const fresh = new URL(import.meta.url).searchParams.has('frais');
// Not a widget this file already started (loaded twice); an empty shadow root is one an older
// copy of this file left for the current one (see 3. below).
const hosts = [...document.querySelectorAll('[data-facture-impayee]')].filter((h) => !h.shadowRoot?.hasChildNodes());
// #rgb or #rrggbb only: an alpha channel (« #0000 ») could make a button invisible.
const COLOUR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** The red, green and blue of #rgb or #rrggbb, 0 to 255. */
function channels(hex) {
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

/** WCAG relative luminance of #rgb or #rrggbb. */
function luminance(hex) {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** `hex` darkened, toward black, until it reads at 4.5:1 on white (WCAG AA for text). */
function ink(hex) {
  const rgb = channels(hex);
  for (let k = 0.95; k > 0; k -= 0.05) {
    const darker = `#${rgb.map((c) => Math.round(c * k).toString(16).padStart(2, '0')).join('')}`;
    if (contrast(darker, '#ffffff') >= 4.5) return darker;
  }
  return '#000000';
}

// Two widgets on one storage key would overwrite each other's dossier: the second is refused.
const keys = new Set();

// app.css sizes everything in --fi-rem, the visitor's default size computed at the app's root:
// registered as a length so it is computed there once and inherited as such (a host's
// « html { font-size: 8px } » would shrink rem).
try {
  CSS.registerProperty({ name: '--fi-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Already registered (the script loaded twice), or an old browser: 1em at each use is close.
}

/** Never a blank box: when the app cannot start, each element says so and where to go. */
function cannotStart(reason) {
  console.error(`facture-impayee: the app could not start (${reason}). If the page's Content-Security-Policy is the cause, script-src needs 'wasm-unsafe-eval' and connect-src must allow ${here.origin}.`);
  for (const host of hosts) {
    const p = document.createElement('p');
    p.append('Le calculateur « Facture impayée » ne peut pas démarrer sur cette page. ');
    const a = document.createElement('a');
    a.href = here.href;
    a.textContent = 'Ouvrez-le sur sa propre page.';
    p.append(a);
    // Inside the shadow root once it is attached: the element's own children are not shown then.
    (host.shadowRoot ?? host).replaceChildren(p);
  }
}

// A module whose import failed is imported again from another address: Firefox keeps the failure
// of an address (as HTML says) and would fail again at once, without asking the network, so that
// « Réessayer » never could work there.
const tries = {};
const importAgain = (file) => verified(new URL(tries[file] ? `${file}?essai=${++tries[file]}` : (tries[file] = 1, file), assets).href, file).then((url) => import(url));

// Subresource Integrity of each file this script loads from v/<hash>/ (sha384), written here by
// scripts/version-assets: a host that pins this file with `integrity` (the release bundle's
// extrait.html) pins them all, wherever they are served from. Not taux.json: a site updates it
// without a new version, and the app checks it by its own rules.
const INTEGRITY = {};
/** A module script's bytes checked before it is imported: fetched with its integrity (a changed
 *  byte and the browser refuses them), then imported from the same address, which a host serving
 *  v/ « immutable » answers from the cache. (A modulepreload carrying the integrity pins the
 *  module itself in Chromium, but WebKit checks none there, and Firefox at times checked an empty
 *  body.) Resolves to `url`. */
function verified(url, file) {
  // Our own pages preload the glue in their head, unpinned as they do not pin embed.js: that
  // preload stands, one request and not two.
  const ahead = [...document.querySelectorAll('link[rel=modulepreload]')].some((l) => l.href === url);
  return !INTEGRITY[file] || ahead ? Promise.resolve(url) : fetch(url, { integrity: INTEGRITY[file] }).then(() => url);
}
// This file pinned by its host (an `integrity` on its script element): a fresh copy of it could
// not be checked, so none is loaded when the app's files cannot be had (see 3.).
const pinned = [...document.querySelectorAll('script[integrity]')].some((s) => s.src && new URL(s.src, location.href).href === import.meta.url);

// The iframe form (cadre.html): the presentation options and the prefill come from the frame's
// address, under the names of the data attributes (?accent=%230b6e4f&amount=…), and the page
// tells its parent its height. Never the rates file nor the call to action: anyone can link to
// an address, and would show a forged amount and their own « Payer » button on the site's
// domain (PROBE F3). The call to action comes from the page that frames it (cadre.js, below).
const OPTIONS = ['accent', 'accent-text', 'font', 'storage-namespace', 'amount', 'due-date'];
for (const host of hosts.filter((h) => 'fromQuery' in h.dataset)) {
  const query = new URLSearchParams(location.search);
  for (const name of OPTIONS) {
    if (query.has(name) && !host.hasAttribute(`data-${name}`)) host.setAttribute(`data-${name}`, query.get(name));
  }
}
/** In a frame, the call to action the framing page gives (cadre.js answers from its iframe's
 *  data-cta-label and data-cta-url), asked at once and awaited before the app mounts, a
 *  second at most: only the parent window is heard. Its values are checked as attributes are. */
function askParent(host) {
  if (!('frame' in host.dataset) || window.parent === window) return Promise.resolve();
  return new Promise((done) => {
    const heard = (event) => {
      const data = event.data ?? {};
      if (event.source !== window.parent || data.type !== 'facture-impayee:options') return;
      for (const name of ['cta-label', 'cta-url']) {
        if (typeof data[name] === 'string' && !host.hasAttribute(`data-${name}`)) host.setAttribute(`data-${name}`, data[name]);
      }
      finish();
    };
    const finish = () => { window.removeEventListener('message', heard); done(); };
    window.addEventListener('message', heard);
    window.parent.postMessage({ type: 'facture-impayee:options?' }, '*');
    setTimeout(finish, 1000);
  });
}
if (!fresh && window.parent !== window && hosts.some((h) => 'frame' in h.dataset)) {
  // Only the height leaves the frame: never anything the visitor typed. (A fresh copy of this
  // file finds the observer already set by the first.)
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) window.parent.postMessage({ type: 'facture-impayee:hauteur', height }, '*');
    last = height;
  }).observe(document.documentElement);
}

// The first step as the app renders it for a first visit (examples/first_paint.rs), written
// here by scripts/version-assets. It is shown while the WebAssembly loads, is typed into like
// the app, and the app takes it over after its first render (takeOver).
const FIRST_PAINT = '';
const CONTROLS = 'input, select, textarea';
// What a press on the static step acts on when released: a button, a box or choice, its label.
const PRESSABLE = 'button, label, input[type="checkbox"], input[type="radio"]';
// A page whose policy forbids compiling WebAssembly (no 'wasm-unsafe-eval') gets no static step
// it could not keep: it is told at once that the app cannot start (an empty module).
// Instantiated, not only compiled: WebKit compiles under such a policy and refuses only then.
const WASM_ALLOWED = (() => {
  try {
    return new WebAssembly.Instance(new WebAssembly.Module(Uint8Array.of(0, 97, 115, 109, 1, 0, 0, 0))) instanceof WebAssembly.Instance;
  } catch {
    return false;
  }
})();

/** Whether a dossier is stored under `key` (the app then opens on the visitor's own step). */
function returning(key) {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false; // Storage blocked: the app keeps the dossier in memory and opens on the first step.
  }
}

/** Resolves once the browser has noted a largest contentful paint drawn since `frame` (the
 *  static step's, on a page where it is the largest), or after 100 ms if none comes (a host's
 *  own content is larger, or the browser has no such entries). The takeover replaces the
 *  static step: done before the browser has taken in the frame that showed it, in a long task,
 *  the step would not count, and the page's largest paint would be the app's, later. */
function noted(frame) {
  return new Promise((ok) => {
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('largest-contentful-paint')) { ok(); return; }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.startTime >= frame)) done();
    });
    const timer = setTimeout(done, 100);
    function done() { observer.disconnect(); clearTimeout(timer); ok(); }
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/** Resolves once `shadow` has our rules. Our own pages link app.css in their head (render-
 *  blocking, with embed.js marked blocking="render"): its rules, copied into a sheet adopted
 *  now, style the static step in the page's first frame, one frame sooner than the shadow
 *  root's own link, whose load event comes a task later. The copy is dropped once that link is
 *  in (both hold the same rules; two copies would double the work of every style update).
 *  Elsewhere (a host's page, an old browser), the link. */
function stylable(shadow, styled) {
  const own = [...document.styleSheets].find((sheet) => sheet.href === APP_CSS);
  if (!own) return styled;
  try {
    const copy = new CSSStyleSheet();
    copy.replaceSync([...own.cssRules].map((rule) => rule.cssText).join('\n'));
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, copy];
    styled.then(() => { shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== copy); });
    return Promise.resolve();
  } catch {
    return styled;
  }
}

/** The static first step's markup, through a Trusted Types policy of ours where the browser has
 *  them (its only input is this constant): a page that enforces them then still shows the
 *  step, and none reports a violation (Firefox logged one for the bare string; docs/EMBED.md).
 *  Null when the page allows no policy of that name. */
let policy;
function staticMarkup() {
  if (!globalThis.trustedTypes) return FIRST_PAINT;
  try {
    policy ??= trustedTypes.createPolicy('facture-impayee', { createHTML: () => FIRST_PAINT });
    return policy.createHTML('');
  } catch {
    return null;
  }
}

/** The static first step in `shadow`, unless the page allows no way to write it (Trusted Types). */
function firstPaint(shadow, root, styled) {
  if (!FIRST_PAINT || !WASM_ALLOWED) return null;
  const markup = staticMarkup();
  if (markup === null) return null;
  const first = document.createElement('div');
  try {
    first.innerHTML = markup;
  } catch {
    return null;
  }
  // The host's colours and font, as on the app's root.
  first.style.cssText = root.style.cssText;
  first.className = root.className;
  first.hidden = true;
  // Shown once styled; `painted` resolves once the frame that draws it is on screen, so the
  // wasm's instantiation and first render (long tasks) never hold that frame back.
  const painted = stylable(shadow, styled).then(() => new Promise((ok) => {
    first.hidden = false;
    requestAnimationFrame((frame) => {
      performance.mark('facture-impayee:first-paint');
      noted(frame).then(ok);
    });
  }));
  const widget = { first, painted, touched: new Set(), next: false };
  const touch = (e) => widget.touched.add(e.target);
  first.addEventListener('input', touch);
  first.addEventListener('change', touch);
  // « Suivant », clicked or Enter in a field, is done by the app once it has taken over.
  first.addEventListener('click', (e) => { if (e.target.closest?.('.fi-nav .fi-button')) widget.next = true; });
  // Pressed here and released on the app's, once it has taken over: the browser fires no click
  // (two different elements), so takeOver does it.
  first.addEventListener('pointerdown', (e) => { widget.pressed = e.target.closest?.(PRESSABLE) ?? null; });
  first.addEventListener('pointerup', () => { widget.pressed = null; });
  first.addEventListener('submit', (e) => e.preventDefault());
  first.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target instanceof HTMLInputElement) { e.preventDefault(); widget.next = true; }
  });
  // The app renders into `root` away from the page, so the page never holds two copies of the
  // step (their ids would clash); takeOver puts it in the static step's place.
  root.remove();
  shadow.append(first);
  return widget;
}

/** After the app's first render, before it is painted: the static step gives way to the app's,
 *  which receives what was typed (the same controls, in the same order), the focus and « Suivant ». */
function takeOver(shadow, root, widget) {
  const { first, touched } = widget;
  const before = [...first.querySelectorAll(CONTROLS)];
  const after = [...root.querySelectorAll(CONTROLS)];
  const focused = before.indexOf(shadow.activeElement);
  let selection = null;
  try {
    selection = focused >= 0 && before[focused].selectionStart !== null ? [before[focused].selectionStart, before[focused].selectionEnd] : null;
  } catch {
    // Radios, checkboxes and dates have no selection.
  }
  // WebKit lays the page out while neither step is in (the pressed « Suivant » removed), and cut
  // the page's scroll back to that shorter page (319 px to 92 on a phone): a « Suivant » pressed
  // then was released on a label. The page's scroll is put back where the visitor had it.
  const [x, y] = [scrollX, scrollY];
  first.replaceWith(root);
  if (scrollY !== y) scrollTo(x, y);
  const replay = (s) => {
    const l = after[before.indexOf(s)];
    if (!l || l.type !== s.type || l.name !== s.name || l.id !== s.id) return;
    if (s.type === 'radio') {
      if (s.checked && !l.checked) l.click();
    } else if (s.type === 'checkbox') {
      if (s.checked !== l.checked) l.click();
    } else if (s.type === 'file') {
      if (s.files.length > 0) { l.files = s.files; l.dispatchEvent(new Event('change', { bubbles: true })); }
    } else if (l.value !== s.value) {
      l.value = s.value;
      l.dispatchEvent(new Event('input', { bubbles: true }));
      l.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };
  before.forEach((s) => touched.has(s) && replay(s));
  // A file picker opened on the static step answers on it, even once the app has taken over.
  first.addEventListener('change', (e) => replay(e.target));
  if (after[focused]) {
    after[focused].focus({ preventScroll: true });
    if (selection) try { after[focused].setSelectionRange(...selection); } catch { /* no selection */ }
  }
  const next = root.querySelector('.fi-nav .fi-button:not(.fi-button--secondary)');
  // The same control of the app's: the same place in the same order, as for what was typed.
  const pressed = root.querySelectorAll(PRESSABLE)[[...first.querySelectorAll(PRESSABLE)].indexOf(widget.pressed)];
  if (widget.next) next?.click();
  else if (pressed && pressed.tagName === widget.pressed.tagName) {
    // A press on the static step that ends on the app's same control: done, unless the browser
    // clicked it. Seen in Firefox, whose presses last longer: « Suivant », the insolvency box.
    root.addEventListener('pointerup', (e) => {
      if (!e.composedPath().includes(pressed)) return;
      let clicked = false;
      pressed.addEventListener('click', () => { clicked = true; }, { once: true });
      setTimeout(() => { if (!clicked) pressed.click(); });
    }, { once: true });
  }
}

// The app, imported once for every widget on the page; a failed import may be tried again.
const APP = 'facture-impayee';
const READER = 'lecteur';
const imported = {};
const instantiated = {};
function once(cache, name, start) {
  if (!cache[name]) {
    cache[name] = start();
    cache[name].catch(() => { delete cache[name]; });
  }
  return cache[name];
}
/** The app's JS glue, a few KB. */
const glue = (name) => once(imported, name, () => importAgain(`${name}.js`));
/** The app, its WebAssembly instantiated. */
const build = (name) => once(instantiated, name, () => glue(name).then(async (m) => {
  const wasm = `${name}_bg.wasm`;
  await m.default({ module_or_path: new Request(new URL(wasm, assets), { integrity: INTEGRITY[wasm] ?? '' }) });
  return m;
}));

/** The visitor's invoice files read, and what they hold shown in `slot` for confirmation, by the
 *  reader's module (src/reader_module.rs): loaded the first time a visitor picks an invoice,
 *  so the app's first load never carries it; a failed load is said, and tried again next time. */
function readInvoices(slot, files, current, done) {
  return build(READER).then((m) => m.show(slot, files, current, done)).catch((e) => {
    console.error(e);
    slot.textContent = "Le lecteur de factures n'a pas pu être chargé : réessayez, ou saisissez la facture ci-dessous.";
  });
}

// 1. and 2. Each widget's shadow root, stylesheet and static first step, so the CSS downloads and
// the first step shows while the WebAssembly downloads and compiles; and the JS glue of its
// build, asked for now and awaited in 3.
const widgets = [];
for (const host of hosts) {
  const key = (host.dataset.storageNamespace ?? '').trim();
  if (keys.has(key)) {
    console.error(`facture-impayee: another widget on this page already keeps its dossier under ${key ? `data-storage-namespace="${key}"` : 'the default key'}; give each widget its own data-storage-namespace. This one is not started.`);
    continue;
  }
  keys.add(key);
  // A shadow root left empty by an older copy of this file that could not start (see 3.).
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  // Fetched with its integrity, the browser refusing a changed byte; but where our own page links
  // it in its head, as that link is (one request, not two: those pages do not pin embed.js).
  css.crossOrigin = 'anonymous';
  if (INTEGRITY['app.css'] && ![...document.styleSheets].some((sheet) => sheet.href === APP_CSS)) css.integrity = INTEGRITY['app.css'];
  css.href = APP_CSS;
  const root = document.createElement('div');
  // CSSOM properties, not a style attribute: allowed under style-src 'self'.
  const accent = host.dataset.accent && COLOUR.test(host.dataset.accent) ? host.dataset.accent : null;
  let text = host.dataset.accentText && COLOUR.test(host.dataset.accentText) ? host.dataset.accentText : null;
  for (const [name, value] of [['data-accent', host.dataset.accent], ['data-accent-text', host.dataset.accentText]]) {
    if (value && !COLOUR.test(value)) console.error(`facture-impayee: ${name} "${value}" is not a #rgb or #rrggbb colour: ignored.`);
  }
  // The text on the main colour keeps WCAG AA contrast (4.5:1): white or black, whichever passes.
  const on = accent ?? '#1d4f91'; // app.css's default main colour
  if (contrast(on, text ?? '#ffffff') < 4.5) {
    const better = contrast(on, '#ffffff') >= contrast(on, '#000000') ? '#ffffff' : '#000000';
    if (accent || text) console.warn(`facture-impayee: the text colour ${text ?? '#ffffff'} on ${on} is below the 4.5:1 contrast of WCAG AA; ${better} is used.`);
    text = better;
  }
  // The main colour is also the colour of text on the app's white (the title, the current step,
  // links): a light one is darkened there until it reads at 4.5:1, and keeps its own shade in
  // the buttons and borders.
  if (accent && contrast(accent, '#ffffff') < 4.5) {
    const darker = ink(accent);
    console.warn(`facture-impayee: ${accent} as text on white is below the 4.5:1 contrast of WCAG AA; ${darker} is used for text.`);
    root.style.setProperty('--facture-impayee-accent-ink', darker);
  }
  if (accent) root.style.setProperty('--facture-impayee-accent', accent);
  if (text) root.style.setProperty('--facture-impayee-accent-text', text);
  if (host.dataset.font === 'host') root.classList.add('fi-host-font');
  // The rates file (docs/RATES.md): the host's own copy if it names one, else ours. Resolved
  // here, against the page for the host's and against this script for ours.
  let rates = new URL('taux.json', here);
  if (host.dataset.ratesUrl) {
    try {
      rates = new URL(host.dataset.ratesUrl, location.href);
    } catch {
      console.error(`facture-impayee: data-rates-url "${host.dataset.ratesUrl}" is not an address; the app's own taux.json is used.`);
    }
  }
  root.dataset.ratesUrl = rates.href;
  // The standalone page may take the prefill from its address: ?montant=1500&echeance=2025-03-31
  if ('urlPrefill' in host.dataset) {
    const query = new URLSearchParams(location.search);
    for (const [param, attribute] of [['montant', 'amount'], ['echeance', 'dueDate']]) {
      if (query.has(param) && !(attribute in host.dataset)) host.dataset[attribute] = query.get(param);
    }
  }
  const styled = new Promise((resolve) => { css.onload = resolve; css.onerror = resolve; });
  shadow.append(css, root);
  // The dossier's key, as src/storage.rs names it (Keys::new): with one, the app opens on the
  // visitor's step; without, the static first step shows until the app takes it over.
  const first = !returning(key ? `facture-impayee/${key}/dossier` : 'facture-impayee/dossier');
  glue(APP).catch(() => {}); // awaited in 3., where its failure is handled
  widgets.push({ host, shadow, root, styled, paint: first ? firstPaint(shadow, root, styled) : null, options: askParent(host) });
}

// 3. The glue, then the WebAssembly once the static first steps are on screen. If either cannot
// be had, this is most likely a cached copy of this file from before an update, naming a folder
// that is gone, or partly kept (WebKit's ephemeral sessions kept its scripts, not its WebAssembly):
// the current copy starts the app instead (once; it reports if it cannot), in the shadow roots
// emptied here.
if (widgets.length > 0) {
  try {
    await glue(APP);
    await Promise.all(widgets.map((w) => w.paint?.painted));
    await build(APP);
  } catch (e) {
    for (const { shadow } of widgets) { shadow.replaceChildren(); shadow.adoptedStyleSheets = []; }
    widgets.length = 0;
    await (fresh || pinned ? Promise.reject() : import(new URL(`embed.js?frais=${Date.now()}`, here).href)).catch(() => cannotStart(e?.message ?? String(e)));
  }
}

// 4. Each widget mounts once its stylesheet is in (its first paint is styled).
for (const widget of widgets) {
  const { host, shadow, root, styled, paint } = widget;
  await styled;
  // The first render in a task of its own, not in the one that instantiated the wasm: two
  // shorter tasks leave the page free to answer the visitor in between.
  await new Promise((ok) => setTimeout(ok, 0));
  await widget.options;
  const app = await build(APP); // instantiated above
  widget.app = app.mount(root, host, paint ? () => takeOver(shadow, root, paint) : null, readInvoices);
}
