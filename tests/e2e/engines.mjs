// Engines other than Chromium behind the part of Playwright's API our tests use, so that one
// test file runs in each (issue 36); Chromium keeps Playwright itself (harness.mjs `launch`).
// - Firefox: Debian's firefox-esr over WebDriver BiDi, driven by npm's puppeteer-core (given the
//   executable, it downloads nothing), headless. The prefs ask for French, which Debian's language
//   pack (firefox-esr-l10n-fr, scripts/setup.sh) gives: its date fields show jj/mm/aaaa.
// - WebKit: WebKitGTK's MiniBrowser through Debian's WebKitWebDriver and npm's selenium-webdriver,
//   under Xvfb (see `webkit` below for what WebDriver classic lacks and how it is made up for).
// Elements are found inside the page by one resolver (`resolveInPage`), which pierces open shadow
// roots as Playwright's selectors do; actions wait for their element as Playwright's do; a
// method the tests have not needed yet is missing, and says so by failing.
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIMEOUT = 30000;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Runs in the page: the elements a chain of steps finds, in document order.
function resolveInPage(steps) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matchText = (have, want, exact) => {
    if (want.source !== undefined) return new RegExp(want.source, want.flags).test(have);
    return exact ? norm(have) === norm(want) : norm(have).toLowerCase().includes(norm(want).toLowerCase());
  };
  function* walk(root) {
    for (const el of root.children ?? []) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
      yield* walk(el);
    }
  }
  const under = (base) => [...walk(base)];
  // A descendant combinator crosses shadow roots, as Playwright's CSS does (« [data-x] p » finds
  // a p in the shadow root of [data-x]): each part matched by an ancestor, hosts included.
  const parts = (css) => {
    const out = [''];
    let depth = 0;
    let quote = null;
    for (const c of css.trim()) {
      if (quote) { if (c === quote) quote = null; } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') depth--;
      if (c === ' ' && !quote && depth === 0) { if (out.at(-1)) out.push(''); continue; }
      out[out.length - 1] += c;
    }
    return out.filter(Boolean);
  };
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;
  const matchesCss = (el, css) => {
    if (el.matches(css)) return true;
    const list = parts(css);
    if (list.length < 2 || list.some((p) => /^[>+~]$/.test(p)) || !el.matches(list.at(-1))) return false;
    let at = up(el);
    for (let i = list.length - 2; i >= 0; i--) {
      while (at && !at.matches(list[i])) at = up(at);
      if (!at) return false;
      at = up(at);
    }
    return true;
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
  const byIds = (el, ids) => ids.split(/\s+/).map((id) => el.getRootNode().getElementById?.(id) ?? el.getRootNode().querySelector?.(`#${CSS.escape(id)}`)).filter(Boolean).map((e) => e.textContent).join(' ');
  const labelOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return byIds(el, el.getAttribute('aria-labelledby'));
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const texts = [];
    if (el.id) for (const l of el.getRootNode().querySelectorAll?.(`label[for="${CSS.escape(el.id)}"]`) ?? []) texts.push(l.textContent);
    const wrapping = el.closest('label');
    if (wrapping) texts.push(wrapping.textContent);
    return texts.join(' ');
  };
  const ROLES = {
    button: (el) => el.matches('button, input[type=button], input[type=submit], input[type=reset], [role=button]'),
    link: (el) => el.matches('a[href], [role=link]'),
    heading: (el) => el.matches('h1, h2, h3, h4, h5, h6, [role=heading]'),
    checkbox: (el) => el.matches('input[type=checkbox], [role=checkbox]'),
    radio: (el) => el.matches('input[type=radio], [role=radio]'),
    combobox: (el) => el.matches('select, [role=combobox]'),
    textbox: (el) => el.matches('textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=search], [role=textbox]'),
    dialog: (el) => el.matches('dialog, [role=dialog], [role=alertdialog]'),
    alert: (el) => el.matches('[role=alert]'),
    status: (el) => el.matches('[role=status]'),
  };
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby') || el.getAttribute('aria-label')) return labelOf(el);
    if (el.matches('input, select, textarea')) return labelOf(el) || el.value;
    return el.textContent;
  };
  let found = [document];
  for (const step of steps) {
    let next = [];
    if (step.css !== undefined) {
      for (const base of found) {
        if (step.css.startsWith('>')) next.push(...base.querySelectorAll(`:scope ${step.css}`));
        else next.push(...under(base.shadowRoot ?? base).filter((el) => matchesCss(el, step.css)));
        if (base.shadowRoot && step.css.startsWith('>')) next.push(...base.shadowRoot.querySelectorAll(`:scope ${step.css}`));
      }
    } else if (step.label !== undefined) {
      for (const base of found) next.push(...under(base).filter((el) => el.matches('input, select, textarea, button') && matchText(labelOf(el), step.label, step.exact)));
    } else if (step.role !== undefined) {
      for (const base of found) {
        next.push(...under(base).filter((el) => ROLES[step.role]?.(el) && (step.name === undefined || matchText(nameOf(el), step.name, step.exact)) && (step.includeHidden || visible(el))));
      }
    } else if (step.text !== undefined) {
      for (const base of found) {
        const all = under(base).filter((el) => !el.matches('script, style, template') && matchText(el.textContent, step.text, step.exact));
        next.push(...all.filter((el) => !all.some((other) => other !== el && el.contains(other))));
      }
    } else if (step.hasText !== undefined) {
      next = found.filter((el) => matchText(el.textContent, step.hasText, false));
    } else if (step.nth !== undefined) {
      const el = step.nth < 0 ? found.at(step.nth) : found[step.nth];
      next = el ? [el] : [];
    }
    found = [...new Set(next)];
  }
  return found;
}

// Runs in the page: shown, as Playwright counts it (a box, not hidden). resolveInPage, sent to
// the page alone, has its own copy.
function visibleInPage(el) {
  return getComputedStyle(el).visibility !== 'hidden' && el.getClientRects().length > 0;
}

const textStep = (t) => (t instanceof RegExp ? { source: t.source, flags: t.flags } : t);

class Locator {
  constructor(page, steps) { this.page = page; this.steps = steps; }
  #with(step) { return new Locator(this.page, [...this.steps, step]); }
  locator(css, { hasText } = {}) { const l = this.#with({ css }); return hasText === undefined ? l : l.filter({ hasText }); }
  getByLabel(label, { exact = false } = {}) { return this.#with({ label: textStep(label), exact }); }
  getByRole(role, { name, exact = false, includeHidden = false } = {}) { return this.#with({ role, name: name === undefined ? undefined : textStep(name), exact, includeHidden }); }
  getByText(text, { exact = false } = {}) { return this.#with({ text: textStep(text), exact }); }
  filter({ hasText }) { return this.#with({ hasText: textStep(hasText) }); }
  nth(i) { return this.#with({ nth: i }); }
  first() { return this.nth(0); }
  last() { return this.nth(-1); }

  async all() { return Array.from({ length: await this.count() }, (_, i) => this.nth(i)); }
  async allTextContents() { return this.evaluateAll((els) => els.map((el) => el.textContent)); }
  blur() { return this.#on((el) => { el.blur(); return true; }); }
  async pressSequentially(text) { await this.click(); await this.page.keyboard.type(text); }
  // Waits for the field, as Playwright does (a step just shown may not have drawn it yet).
  async setInputFiles(path) { await this.waitFor({ state: 'attached' }); await this.page.engine.setInputFiles(`(${resolveInPage})(${JSON.stringify(this.steps)})[0]`, path); }
  async count() { return this.page.engine.evaluate(`(${resolveInPage})(${JSON.stringify(this.steps)}).length`); }
  // Runs `fn(element, arg)` on the first element found, waiting for it (and for it to be
  // visible when `visible`).
  async #on(fn, arg, { visible = false, timeout = TIMEOUT } = {}) {
    const started = Date.now();
    for (;;) {
      const result = await this.page.engine.evaluate(`(async () => {
        const el = (${resolveInPage})(${JSON.stringify(this.steps)})[0];
        if (!el) return { missing: true };
        if (${visible} && !(${visibleInPage})(el)) return { missing: true };
        return { value: await (${fn})(el, ${JSON.stringify(arg ?? null)}) };
      })()`);
      if (!result.missing) return result.value;
      if (Date.now() - started > timeout) throw new Error(`locator: nothing found for ${JSON.stringify(this.steps)}`);
      await sleep(50);
    }
  }
  textContent() { return this.#on((el) => el.textContent); }
  innerText() { return this.#on((el) => el.innerText); }
  innerHTML() { return this.#on((el) => el.innerHTML); }
  inputValue() { return this.#on((el) => el.value); }
  getAttribute(name) { return this.#on((el, n) => el.getAttribute(n), name); }
  isChecked() { return this.#on((el) => el.checked); }
  async isVisible() {
    return this.page.engine.evaluate(`(() => { const el = (${resolveInPage})(${JSON.stringify(this.steps)})[0]; return !!el && (${visibleInPage})(el); })()`);
  }
  boundingBox() { return this.#on((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }, null, { visible: true }); }
  evaluate(fn, arg) { return this.#on(fn, arg); }
  async evaluateAll(fn, arg) { return this.page.engine.evaluate(`(${fn})((${resolveInPage})(${JSON.stringify(this.steps)}), ${JSON.stringify(arg ?? null)})`); }
  async waitFor({ state = 'visible', timeout = TIMEOUT } = {}) {
    const started = Date.now();
    for (;;) {
      const [n, shown] = await this.page.engine.evaluate(`(() => { const all = (${resolveInPage})(${JSON.stringify(this.steps)}); return [all.length, all.some(${visibleInPage})]; })()`);
      const done = { attached: n > 0, detached: n === 0, visible: shown, hidden: !shown }[state];
      if (done) return;
      if (Date.now() - started > timeout) throw new Error(`waitFor ${state}: ${JSON.stringify(this.steps)}`);
      await sleep(50);
    }
  }
  // As Playwright's fill: the value set at once, then input and change (a date as YYYY-MM-DD).
  // Cut to the field's maxlength, as typing or pasting is (the setter alone is not).
  fill(value) {
    return this.#on((el, v) => {
      el.focus();
      if (el.maxLength >= 0 && v.length > el.maxLength) v = v.slice(0, el.maxLength);
      const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, v);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, value, { visible: true });
  }
  selectOption(value) {
    return this.#on((el, v) => {
      // Labels compared as Playwright does, whitespace normalised (« 2 150,50 € »).
      const norm = (t) => t.replace(/\s+/g, ' ').trim();
      const option = [...el.options].find((o) => o.value === v || norm(o.label) === norm(v));
      el.value = option ? option.value : v;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return true;
    }, typeof value === 'object' ? value.label ?? value.value : value, { visible: true });
  }
  // As Playwright's: a click that leaves the state unchanged is an error, said where it happened.
  // Within a second: a click cut by the app's takeover is done by embed.js in a task of its own.
  async check() { await this.#setChecked(true); }
  async uncheck() { await this.#setChecked(false); }
  async #setChecked(wanted) {
    if ((await this.isChecked()) === wanted) return;
    await this.click();
    for (const started = Date.now(); (await this.isChecked()) !== wanted; await sleep(50)) {
      if (Date.now() - started > 1000) throw new Error(`${wanted ? 'check' : 'uncheck'}: clicking did not change the state of ${JSON.stringify(this.steps)}`);
    }
  }
  focus() { return this.#on((el) => { el.focus(); return true; }); }
  dispatchEvent(type) { return this.#on((el, t) => el.dispatchEvent(new Event(t, { bubbles: true, composed: true })), type); }
  scrollIntoViewIfNeeded() { return this.#on((el) => { el.scrollIntoView({ block: 'nearest' }); return true; }, null, { visible: true }); }
  // A real click at the element's centre, through the engine's input.
  // As Playwright's, once the element holds still and is what is under the point (a page still
  // writing itself moves buttons: a click computed before the move landed elsewhere).
  async click() {
    const started = Date.now();
    for (;;) {
      const box = await this.#on((el) => new Promise((ok) => {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        const at = () => { const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; };
        const first = at();
        requestAnimationFrame(() => requestAnimationFrame(() => {
          const then = at();
          let hit = document.elementFromPoint(then.x, then.y);
          while (hit?.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(then.x, then.y);
            if (!inner || inner === hit) break;
            hit = inner;
          }
          const still = first.x === then.x && first.y === then.y;
          ok({ ...then, ready: still && !!hit && (hit === el || el.contains(hit)) });
        }));
      }), null, { visible: true });
      if (box.ready || Date.now() - started > TIMEOUT) {
        await this.page.engine.click(box.x, box.y);
        return;
      }
      await sleep(50);
    }
  }
  async press(key) { await this.focus(); await this.page.keyboard.press(key); }
  // Only what the tests ask of a handle: the frame an iframe holds.
  async elementHandle() {
    await this.waitFor({ state: 'attached' });
    const element = `(${resolveInPage})(${JSON.stringify(this.steps)})[0]`;
    return { contentFrame: async () => frameOf(this.page, element) };
  }
}

// Runs in the page that holds a frame: the frame's content box in that page's viewport, the
// page scrolled first if the point `y` of the frame is out of view.
function frameOffsetInPage(el, y) {
  let r = el.getBoundingClientRect();
  const at = r.y + el.clientTop + y;
  if (at < 0 || at > innerHeight) { scrollBy(0, at - innerHeight / 2); r = el.getBoundingClientRect(); }
  return { x: r.x + el.clientLeft, y: r.y + el.clientTop };
}

/** A page's frame (the iframe `element`, an expression of the page's), as Playwright's Frame:
 *  the page's own methods, run in the frame; a click at a point of the frame is a click at that
 *  point of the page. Its address is read when it is made (Playwright's `url()` is sync). */
async function frameOf(page, element) {
  const engine = page.engine;
  const inner = {
    ...engine,
    onError: () => {},
    onConsole: () => {},
    evaluate: (expression) => engine.evaluateIn(element, expression),
    async click(x, y) {
      const o = await engine.evaluate(`(${frameOffsetInPage})(${element}, ${y})`);
      return engine.click(x + o.x, y + o.y);
    },
    setInputFiles: () => { throw new Error('setInputFiles in a frame is not supported'); },
  };
  const frame = Object.create(Page.prototype);
  const url = await inner.evaluate('location.href').catch(() => 'about:blank');
  Object.assign(frame, { engine: { ...inner, url: () => url }, owner: page.owner, keyboard: page.keyboard, mouse: page.mouse, listeners: page.listeners, exposed: new Map(), context: page.context });
  return frame;
}

/** As Playwright's FrameLocator: locators inside the iframe `css` of `page`, found anew at each
 *  command. */
function frameLocator(page, css) {
  const element = `document.querySelector(${JSON.stringify(css)})`;
  // Made at first use: a frame locator is often made before its page has the frame.
  let made;
  const frame = { then: (ok, ko) => (made ??= frameOf(page, element)).then(ok, ko) };
  return {
    locator: (...a) => lazyLocator(frame, (f) => f.locator(...a)),
    getByRole: (...a) => lazyLocator(frame, (f) => f.getByRole(...a)),
    getByLabel: (...a) => lazyLocator(frame, (f) => f.getByLabel(...a)),
    getByText: (...a) => lazyLocator(frame, (f) => f.getByText(...a)),
  };
}

/** A locator whose frame is made on first use (its address is read then), chained as any. */
function lazyLocator(framePromise, make) {
  return new Proxy({}, {
    get(_, name) {
      if (name === 'then') return undefined;
      return (...a) => {
        const chained = ['locator', 'getByRole', 'getByLabel', 'getByText', 'filter', 'nth', 'first', 'last'];
        if (chained.includes(name)) return lazyLocator(framePromise, (f) => make(f)[name](...a));
        return framePromise.then((f) => make(f)[name](...a));
      };
    },
  });
}

class Page {
  constructor(engine, context) {
    this.engine = engine;
    this.owner = context;
    this.listeners = { pageerror: [], console: [], dialog: [], request: [], response: [] };
    this.keyboard = { press: (k) => engine.press(k), type: (t) => engine.type(t) };
    this.mouse = engine.mouse;
    this.clock = {
      setFixedTime: (date) => context.addInitScript(fixedClock, new Date(date).getTime()),
      install: ({ time }) => context.addInitScript(movingClock, new Date(time).getTime()),
      // In two commands: the timers of the page are those set before the second (WebKit's
      // driver sets one of its own for each command it runs, its command's time limit).
      runFor: async (ms) => { await this.evaluate(() => window.__fiMark()); await this.evaluate((m) => window.__fiRunFor(m), ms); },
    };
    this.context = () => context;
    this.exposed = new Map();
    engine.onError((message) => this.listeners.pageerror.forEach((f) => f({ message })));
    engine.onConsole((type, text) => this.listeners.console.forEach((f) => f({ type: () => type, text: () => text })));
  }
  on(event, fn) { this.listeners[event]?.push(fn); }
  title() { return this.evaluate('document.title'); }
  addInitScript(fn, arg) { return this.engine.addInitScript(`(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`); }
  frameLocator(css) { return frameLocator(this, css); }
  /** The page's iframes as frames (Playwright's list starts with the page's own frame, and is
   *  sync: here it is a promise, and `await page.frames()` reads either). */
  async frames() {
    const n = await this.engine.evaluate("document.querySelectorAll('iframe').length");
    return Promise.all(Array.from({ length: n }, (_, i) => frameOf(this, `document.querySelectorAll('iframe')[${i}]`)));
  }
  /** As Playwright's: `window[name](...)` calls `fn` here. WebDriver classic has no binding, so
   *  the page queues the calls, and this side takes them after each of its own evaluations
   *  (a waitForFunction polls): a call is heard at the page's next evaluation, not at once. */
  async exposeFunction(name, fn) {
    this.exposed.set(name, fn);
    await this.addInitScript((n) => { window[n] = (...args) => { (window.__fiCalls ??= []).push([n, args]); }; }, name);
  }
  async heard() {
    if (!this.exposed.size) return;
    const calls = await this.engine.evaluate('(window.__fiCalls ?? []).splice(0)');
    for (const [name, args] of calls ?? []) this.exposed.get(name)?.(...args);
  }
  goto(url) { return this.engine.goto(url); }
  reload() { return this.engine.reload(); }
  goBack() { return this.engine.back(); }
  goForward() { return this.engine.forward(); }
  url() { return this.engine.url(); }
  locator(css, { hasText } = {}) { const l = new Locator(this, [{ css }]); return hasText === undefined ? l : l.filter({ hasText }); }
  getByLabel(...a) { return new Locator(this, []).getByLabel(...a); }
  // `handler(route)` decides for each request whose address matches: route.continue(), abort().
  route(pattern, handler) {
    // An address, a RegExp, or a glob « **/name » (any address that ends so).
    const matches = (url) => (pattern instanceof RegExp ? pattern.test(url) : pattern.startsWith('**/') ? url.endsWith(pattern.slice(2)) : url === pattern);
    return this.engine.route(matches, handler);
  }
  getByRole(...a) { return new Locator(this, []).getByRole(...a); }
  getByText(...a) { return new Locator(this, []).getByText(...a); }
  async evaluate(fn, arg) {
    const value = await this.engine.evaluate(typeof fn === 'string' ? fn : `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`);
    await this.heard();
    return value;
  }
  async waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    const started = Date.now();
    // Its truth only: a value the page holds (a style sheet) is not sent back.
    const truth = `!!(${typeof fn === 'string' ? fn : `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`})`;
    for (;;) {
      if (await this.evaluate(truth)) return;
      if (Date.now() - started > timeout) throw new Error(`waitForFunction: ${fn}`);
      await sleep(50);
    }
  }
  waitForTimeout(ms) { return sleep(ms); }
  /** The next request (or response) of this page that `matches({ url() })`. */
  waitForRequest(matches, options) { return this.#next('request', matches, options); }
  waitForResponse(matches, options) { return this.#next('response', matches, options); }
  #next(event, matches, { timeout = TIMEOUT } = {}) {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no ${event} matched ${matches}`)), timeout);
      const heard = (r) => {
        if (!matches(r)) return;
        clearTimeout(timer);
        this.listeners[event].splice(this.listeners[event].indexOf(heard), 1);
        ok(r);
      };
      this.listeners[event].push(heard);
    });
  }
  addScriptTag(options) { return this.engine.addScriptTag(options); }
  /** The page printed, as a PDF (the browser's own print: `beforeprint`, print styles). */
  async pdf({ path } = {}) {
    const bytes = Buffer.from(await this.engine.pdf());
    if (path) await writeFile(path, bytes);
    return bytes;
  }
  setViewportSize(size) { return this.engine.setViewport(size); }
  emulateMedia({ media }) { return this.engine.emulateMedia(media); }
  async waitForURL(pattern, { timeout = TIMEOUT } = {}) {
    const started = Date.now();
    const ok = (u) => (pattern instanceof RegExp ? pattern.test(u) : typeof pattern === 'function' ? pattern(new URL(u)) : u === pattern);
    while (!ok(await (this.engine.currentUrl?.() ?? this.url()))) {
      if (Date.now() - started > timeout) throw new Error(`waitForURL ${pattern}`);
      await sleep(50);
    }
  }
  async screenshot({ path, fullPage = false } = {}) { return Buffer.from(await this.engine.screenshot(path, fullPage)); }
  // A file the page downloads: the engine saves it in this context's folder.
  async waitForEvent(event, { timeout = TIMEOUT } = {}) {
    if (event !== 'download') throw new Error(`waitForEvent(${event}) is not supported in ${this.engine.name}`);
    const dir = this.owner.downloads;
    // Read before the click that follows: a small file is written whole at once (a calendar
    // file read afterwards was counted as already there, and no download was seen).
    // With each file's time: WebKit writes a file of the same name over the one before. (Its
    // folder is its home: its dot folders are not downloads.)
    const written = (f) => statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs;
    const before = new Map(readdirSync(dir).map((f) => [f, written(f)]));
    const started = Date.now();
    for (;;) {
      const added = (await readdir(dir)).filter((f) => (!before.has(f) || written(f) !== before.get(f)) && !f.endsWith('.part') && !f.startsWith('.') && !f.endsWith('.wkdownload'));
      if (added.length) {
        const path = join(dir, added[0]);
        // Written whole: its size holds still for 300 ms, and is not 0 (Firefox makes a second
        // file of one name, « (1) », empty first: read then, a PDF was empty). A file gone
        // meanwhile was a name Firefox writes under, then renames (« pQfvMaM1.pdf » once, under
        // load): the folder is read again.
        const size = async () => (await stat(path).catch(() => undefined))?.size;
        let still = 0;
        for (let last = -1, s = await size(); s !== undefined && still < 3; s = await size()) {
          if (Date.now() - started > timeout) throw new Error(`download ${path} still ${s} bytes`);
          still = s === last && s > 0 ? still + 1 : 0;
          last = s;
          await sleep(100);
        }
        if (still === 3) return { path: async () => path, suggestedFilename: () => added[0] };
        before.set(added[0], undefined);
        continue;
      }
      if (Date.now() - started > timeout) throw new Error(`no download: ${dir} held ${[...before.keys()].join(', ') || 'nothing'} and holds ${readdirSync(dir).join(', ') || 'nothing'}`);
      await sleep(100);
    }
  }
}

// Runs before the page's scripts: Date is fixed at `now` (Playwright's clock.setFixedTime;
// timers keep running).
function fixedClock(now) {
  const Real = Date;
  class Fixed extends Real {
    constructor(...args) { if (args.length === 0) super(now); else super(...args); }
    static now() { return now; }
  }
  globalThis.Date = Fixed;
}

// Runs before the page's scripts: as Playwright's clock.install, Date starts at `now` and time
// flows; `__fiRunFor(ms)` (clock.runFor) skips `ms` ahead at once and fires, in order, each
// timer and interval that falls due on the way, of those there were at `__fiMark()`.
function movingClock(now) {
  const Real = Date;
  const began = Real.now();
  let skipped = 0;
  const at = () => now + (Real.now() - began) + skipped;
  class Moving extends Real {
    constructor(...args) { if (args.length === 0) super(at()); else super(...args); }
    static now() { return at(); }
  }
  globalThis.Date = Moving;
  const timers = new Map();
  const [realTimeout, realInterval, realClearTimeout, realClearInterval] = [setTimeout, setInterval, clearTimeout, clearInterval];
  const track = (real, repeat) => (fn, delay = 0, ...args) => {
    let id;
    const run = () => { const t = timers.get(id); if (!t) return; if (repeat) t.due += t.delay; else timers.delete(id); fn(...args); };
    id = real(run, delay);
    timers.set(id, { run, due: at() + Math.max(0, delay), delay: Math.max(1, delay) });
    return id;
  };
  globalThis.setTimeout = track(realTimeout, false);
  globalThis.setInterval = track(realInterval, true);
  globalThis.clearTimeout = (id) => { timers.delete(id); realClearTimeout(id); };
  globalThis.clearInterval = (id) => { timers.delete(id); realClearInterval(id); };
  let marked = new Set();
  window.__fiMark = () => { marked = new Set(timers.keys()); };
  window.__fiRunFor = (ms) => {
    skipped += ms;
    for (;;) {
      const due = [...timers].filter(([id, t]) => marked.has(id) && t.due <= at()).map(([, t]) => t).sort((a, b) => a.due - b.due)[0];
      if (!due) return;
      due.run();
    }
  };
}

class Context {
  constructor(engine, downloads) { this.engine = engine; this.downloads = downloads; this.pages = []; this.scripts = []; this.requests = []; }
  // Every request of its pages: `fn({ url() })`.
  on(event, fn) {
    if (event !== 'request') throw new Error(`context.on(${event}) is not supported`);
    this.requests.push(fn);
  }
  async addInitScript(fn, arg) { this.scripts.push(`(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`); await Promise.all(this.pages.map((p) => p.engine.addInitScript(this.scripts.at(-1)))); }
  async newPage() {
    let page;
    const heard = (url) => [...this.requests, ...(page?.listeners.request ?? [])].forEach((f) => f({ url: () => url }));
    // `finished()`: its body arrived whole, as the page's resource timing says.
    const finished = (url) => () => page.waitForFunction((u) => performance.getEntriesByType('resource').some((e) => e.name === u && e.responseEnd > 0), url);
    const answered = (url, status) => [...(page?.listeners.response ?? [])].forEach((f) => f({ url: () => url, status: () => status, finished: finished(url) }));
    const engine = await this.engine.newPage(heard, answered);
    for (const s of this.scripts) await engine.addInitScript(s);
    page = new Page(engine, this);
    this.pages.push(page);
    return page;
  }
  async close() { await this.engine.close(); }
  /** Clipboard access is granted at launch (Firefox's pref; WebKit's setting): nothing to do. */
  async grantPermissions() {}
  /** The cookies of its pages (the harness's own, which names the context, set aside). */
  async cookies() { return (await this.engine.cookies()).filter((c) => c.name !== 'fi-context'); }
  /** A page a link opened: only its closing is needed. */
  waitForEvent(event, { timeout = TIMEOUT } = {}) {
    if (event !== 'page') throw new Error(`context.waitForEvent(${event}) is not supported`);
    return this.engine.nextPage(timeout);
  }
}

/** Firefox ESR over WebDriver BiDi (puppeteer-core). */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const downloads = await mkdtemp(join(tmpdir(), 'fi-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'intl.locale.requested': 'fr-FR',
      'intl.accept_languages': 'fr-FR, fr',
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/json,text/calendar,application/octet-stream',
      'pdfjs.disabled': true,
      // navigator.clipboard.readText without its « Coller » prompt (Playwright's
      // grantPermissions(['clipboard-read']) in Chromium).
      'dom.events.testing.asyncClipboard': true,
    },
  });
  return {
    name: 'firefox',
    async newContext({ viewport = { width: 1280, height: 720 } } = {}) {
      const context = await browser.createBrowserContext();
      return new Context({
        close: () => context.close(),
        cookies: () => context.cookies(),
        async nextPage(timeout) {
          const known = new Set(context.targets());
          const target = await context.waitForTarget((t) => t.type() === 'page' && !known.has(t), { timeout });
          const opened = await target.page();
          return { close: () => opened.close() };
        },
        async newPage(onRequest, onResponse) {
          // Each page a window of its own, as in WebKit. Two tabs of one window typed into at
          // once kept 4 of one's 17 letters, once, on a busy machine: the other tab's click
          // likely took the window's focus.
          const page = await context.newPage({ type: 'window' });
          await page.setViewport(viewport);
          const errors = [];
          const consoles = [];
          // Firefox sends its policy's refusals as script errors; Chromium's console says them,
          // as Playwright reports: console errors here too, not the page's own errors.
          page.on('pageerror', (e) => {
            // « Content-Security-Policy: », or in French « Content-Security-Policy : ».
            // A module refused for its type (a file gone: the server's 404) is the browser's
            // report of a failed load too, which Chromium writes in its console.
            if (/^(Content-Security-Policy\s*:|Loading module from )/u.test(e.message)) consoles.forEach((f) => f('error', e.message));
            else errors.forEach((f) => f(e.message));
          });
          // Playwright's names: « warning », not « warn ».
          page.on('console', (m) => consoles.forEach((f) => f(m.type() === 'warn' ? 'warning' : m.type(), m.text())));
          page.on('request', (r) => onRequest(r.url()));
          page.on('response', (r) => onResponse(r.url(), r.status()));
          const routes = [];
          page.on('request', (r) => {
            if (!routes.length || r.isInterceptResolutionHandled()) return;
            const found = routes.find(([matches]) => matches(r.url()));
            if (!found) { r.continue(); return; }
            found[1]({ request: () => ({ url: () => r.url() }), continue: () => r.continue(), abort: () => r.abort(), fulfill: ({ status = 200, body = '', contentType } = {}) => r.respond({ status, body, contentType }) });
          });
          return {
            name: 'firefox',
            onError: (f) => errors.push(f),
            onConsole: (f) => consoles.push(f),
            // In the frame of the iframe `element` (an expression of the page), once it has one.
            async evaluateIn(element, expression) {
              const started = Date.now();
              for (;;) {
                const el = (await page.evaluateHandle(element)).asElement();
                const frame = await el?.contentFrame();
                if (frame) return frame.evaluate(expression);
                if (Date.now() - started > TIMEOUT) throw new Error(`no frame: ${element}`);
                await sleep(50);
              }
            },
            goto: (url) => page.goto(url, { waitUntil: 'load' }),
            reload: () => page.reload({ waitUntil: 'load' }),
            // A page restored from the back-forward cache sends no load event, which puppeteer
            // waits for: the tests wait for what they expect to see instead.
            back: () => page.goBack({ timeout: 5000 }).catch((e) => { if (e.name !== 'TimeoutError') throw e; }),
            forward: () => page.goForward({ timeout: 5000 }).catch((e) => { if (e.name !== 'TimeoutError') throw e; }),
            // Puppeteer's address stays that of the page left when one comes back from that cache:
            // the page's own, read at each waitForURL poll.
            url: () => page.url(),
            currentUrl: () => page.evaluate('location.href'),
            evaluate: (expression) => page.evaluate(expression),
            addInitScript: (source) => page.evaluateOnNewDocument(source),
            click: (x, y) => page.mouse.click(x, y),
            mouse: { move: (x, y) => page.mouse.move(x, y), down: () => page.mouse.down(), up: () => page.mouse.up(), wheel: (deltaX, deltaY) => page.mouse.wheel({ deltaX, deltaY }) },
            // « Control+A »: the modifiers held around the key, as Playwright writes it.
            async press(combo) {
              const keys = combo.split('+');
              const key = keys.pop();
              for (const k of keys) await page.keyboard.down(k);
              await page.keyboard.press(key);
              for (const k of keys.reverse()) await page.keyboard.up(k);
            },
            // Evaluated rather than added as a tag: like Playwright's, out of the page's CSP.
            addScriptTag: async ({ path }) => page.evaluate(await readFile(path, 'utf8')),
            type: (text) => page.keyboard.type(text),
            screenshot: (path, fullPage) => page.screenshot({ path, fullPage }),
            setViewport: (size) => page.setViewport(size),
            async route(matches, handler) {
              if (!routes.length) await page.setRequestInterception(true);
              routes.push([matches, handler]);
            },
            // Puppeteer has no media emulation over BiDi: a test prints to PDF instead (`pdf`).
            emulateMedia: () => { throw new Error('page.emulateMedia is not supported in Firefox (WebDriver BiDi)'); },
            // A4, as a French visitor prints: puppeteer's default (Letter) came out 8.5 by 11 cm.
            pdf: () => page.pdf({ format: 'A4' }),
            async setInputFiles(expression, paths) {
              const handle = await page.evaluateHandle(expression);
              await handle.uploadFile(...[paths].flat());
            },
          };
        },
      }, downloads);
    },
    close: () => browser.close(),
  };
}

// Runs in a WebKit page: its print rules applied on screen (emulateMedia('print')).
function printRulesOnScreen() {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  for (const root of roots) {
    for (const sheet of [...root.styleSheets, ...(root.adoptedStyleSheets ?? [])]) {
      const printed = [...sheet.cssRules].filter((r) => r instanceof CSSMediaRule && /\bprint\b/.test(r.media.mediaText));
      for (const r of printed) for (const inner of r.cssRules) sheet.insertRule(inner.cssText, sheet.cssRules.length);
    }
  }
}

// Runs first in every page of a WebKit context (served by harness.mjs, below): its errors kept
// for the next command to collect, WebDriver classic having no events.
// Its console too: what the page's scripts write, and a refusal of its Content Security Policy
// as WebKit's console would say it (the browser's own console lines never reach a script).
function errorsKept() {
  window.__fiErrors = [];
  window.__fiConsole = [];
  addEventListener('error', (e) => window.__fiErrors.push(e.message));
  addEventListener('unhandledrejection', (e) => window.__fiErrors.push(String(e.reason?.message ?? e.reason)));
  for (const [name, type] of [['log', 'log'], ['info', 'info'], ['warn', 'warning'], ['error', 'error']]) {
    const real = console[name];
    console[name] = (...args) => { window.__fiConsole.push([type, args.map(String).join(' ')]); return real.apply(console, args); };
  }
  document.addEventListener('securitypolicyviolation', (e) => window.__fiConsole.push(['error', `Refused to load ${e.blockedURI} because it does not appear in the ${e.violatedDirective} directive of the Content Security Policy.`]));
}

/** One X display for this process's WebKit windows: Xvfb, on a display of its own. Test files
 *  run in parallel processes: each tries from a number drawn from its pid (two Xvfb told to find
 *  a free one, -displayfd, were seen to both answer :0), until its server's socket appears. */
let display;
function xvfb() {
  display ??= (async () => {
    for (let n = 100 + (process.pid % 400), tries = 0; tries < 20; n++, tries++) {
      if (existsSync(`/tmp/.X${n}-lock`)) continue;
      // Tall: a whole-page shot is a window as tall as the page, and what falls off the screen
      // is drawn black.
      const x = spawn('Xvfb', [`:${n}`, '-screen', '0', '1600x8000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
      const exited = new Promise((ok) => x.once('exit', () => ok(false)));
      const up = (async () => { for (let t = 0; t < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); t++) await sleep(50); return true; })();
      if (await Promise.race([up, exited])) {
        process.once('exit', () => x.kill());
        return { name: `:${n}`, stop: () => { x.kill(); display = undefined; } };
      }
    }
    throw new Error('Xvfb: no display free');
  })();
  return display;
}

const freePort = () => new Promise((ok) => {
  const s = createNetServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

// WebDriver's names for the keys the tests press.
const KEYS = { Enter: 'ENTER', Tab: 'TAB', Shift: 'SHIFT', Control: 'CONTROL', Alt: 'ALT', Meta: 'META', Backspace: 'BACK_SPACE', Delete: 'DELETE', Escape: 'ESCAPE', Space: 'SPACE', ArrowDown: 'ARROW_DOWN', ArrowUp: 'ARROW_UP', ArrowLeft: 'ARROW_LEFT', ArrowRight: 'ARROW_RIGHT', Home: 'HOME', End: 'END', PageDown: 'PAGE_DOWN', PageUp: 'PAGE_UP' };

/** WebKitGTK's MiniBrowser (the engine of Safari) through Debian's WebKitWebDriver and npm's
 *  selenium-webdriver, under Xvfb (it has no headless mode). WebDriver classic: no events and no
 *  init scripts, so harness.mjs's server puts a context's init scripts at the head of each page
 *  it serves (a cookie names the context), and a page's errors are collected by each command.
 *  A context is a browser of its own, with its own home folder, where its downloads land. */
async function webkit() {
  const { Builder, Key, Origin } = await import('selenium-webdriver');
  const { default: remote } = await import('selenium-webdriver/remote/index.js');
  const { injected, routes, requested } = await import('./harness.mjs');
  const { name: DISPLAY, stop } = await xvfb();
  // Each context is a browser: those a test leaves open are closed with the engine, as
  // Playwright's are.
  const open = new Set();
  return {
    name: 'webkit',
    async newContext({ viewport = { width: 1280, height: 720 } } = {}) {
      const home = await mkdtemp(join(tmpdir(), 'fi-webkit-'));
      // MiniBrowser's toolbar kept its window at least 447 px wide: a phone's 390 px could not be
      // had. Its own GTK style, in this home, lets the toolbar shrink (the page's controls are
      // WebKit's own drawing, not GTK's: unchanged).
      await mkdir(join(home, '.config', 'gtk-3.0'), { recursive: true });
      await writeFile(join(home, '.config', 'gtk-3.0', 'gtk.css'), '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n');
      // A browser that has not started in 20 s is started again, once (seen: a MiniBrowser that
      // died at once, and its driver waiting for it for ever).
      const start = async () => {
        const port = await freePort();
        const service = new remote.DriverService(process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver', {
          port, hostname: '127.0.0.1', args: [`--port=${port}`, '--host=127.0.0.1'], stdio: ['ignore', process.env.WK_DEBUG ? 'inherit' : 'ignore', process.env.WK_DEBUG ? 'inherit' : 'ignore'],
          env: { ...process.env, DISPLAY, HOME: home, LANG: 'C.UTF-8' },
        });
        const session = new Builder().usingServer(await service.start()).withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation', '--javascript-can-access-clipboard=true'] },
        }).build();
        const late = sleep(20000).then(() => null);
        const driver = await Promise.race([session, late]);
        if (!driver) await service.kill();
        return { service, driver };
      };
      let { service, driver } = await start();
      if (!driver) ({ service, driver } = await start());
      if (!driver) throw new Error('WebKit did not start (twice in 20 s)');
      // A load that never ends (seen twice in some 200 loads of a long run, never alone: the
      // driver waited its 300 s) is said on stderr and tried once more, after 30 s.
      // A script that never answers (the clipboard under Xvfb, once) fails its test after 120 s
      // instead of holding the whole file to its 600 s.
      await driver.manage().setTimeouts({ pageLoad: 30000, script: 120000 });
      const loaded = async (what, load, again = load) => {
        try {
          await load();
        } catch (e) {
          if (e.name !== 'TimeoutError') throw e;
          console.error(`WebKit: the ${what} did not end in 30 s; tried again`);
          await again();
        }
      };
      const id = Math.random().toString(36).slice(2);
      const scripts = new Set([`(${errorsKept})()`]);
      injected.set(id, scripts);
      routes.set(id, []);
      const cookied = new Set();
      // One command sequence at a time, in its page's window.
      let queue = Promise.resolve();
      let current = await driver.getWindowHandle();
      let firstPage = true;
      const inWindow = (handle, fn) => {
        const run = queue.then(async () => {
          if (current !== handle) { await driver.switchTo().window(handle); current = handle; }
          return fn();
        });
        queue = run.catch(() => {});
        return run;
      };
      const sizeTo = async ({ width, height }) => {
        // The window's outer size, so that its viewport is the size asked for: the window's own
        // frame (outer less inner, as it is now) added. A window taller than the screen was
        // once cut to it, and the frame then read too large; the page got taller each shot.
        for (let tries = 0; tries < 3; tries++) {
          const rect = await driver.manage().window().getRect();
          const [w, h] = await driver.executeScript('return [innerWidth, innerHeight]');
          if (w === width && h === height) return;
          await driver.manage().window().setRect({ width: width + Math.max(0, rect.width - w), height: height + Math.max(0, rect.height - h) });
        }
      };
      const close = async () => {
        open.delete(close);
        injected.delete(id);
        routes.delete(id);
        requested.delete(id);
        await driver.quit().catch(() => {});
        await service.kill();
      };
      open.add(close);
      return new Context({
        close,
        cookies: () => queue.then(() => driver.manage().getCookies()),
        // A window a link opened: a handle this context has not seen yet.
        async nextPage(timeout) {
          const known = new Set(await queue.then(() => driver.getAllWindowHandles()));
          const started = Date.now();
          for (;;) {
            const fresh = (await queue.then(() => driver.getAllWindowHandles())).find((h) => !known.has(h));
            if (fresh) return { close: () => inWindow(fresh, () => driver.close()).then(() => { current = undefined; }) };
            if (Date.now() - started > timeout) throw new Error('no page opened');
            await sleep(100);
          }
        },
        async newPage(onRequest, onResponse) {
          const handle = await (firstPage ? Promise.resolve(current) : queue.then(async () => {
            await driver.switchTo().newWindow('window');
            current = await driver.getWindowHandle();
            return current;
          }));
          if (firstPage) await sizeTo(viewport);
          firstPage = false;
          const errors = [];
          const consoles = [];
          const collect = async () => {
            const [found, logged] = await driver.executeScript('const e = [window.__fiErrors ?? [], window.__fiConsole ?? []]; window.__fiErrors = []; window.__fiConsole = []; return e;').catch(() => [[], []]);
            for (const m of found ?? []) errors.forEach((f) => f(m));
            for (const [type, text] of logged ?? []) consoles.forEach((f) => f(type, text));
          };
          // The page's expression, its value awaited: in the script's source, not given to eval
          // (the tests' pages forbid it).
          let href = 'about:blank';
          const run = async (expression, top = true) => {
            const r = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
              Promise.resolve().then(() => (${expression})).then((value) => done(value === undefined ? { href: location.href, undefined: true } : { href: location.href, value }), (e) => done({ href: location.href, error: String(e?.stack ?? e) }));`);
            if (top && r?.href) href = r.href;
            await collect();
            if (r?.error) throw new Error(`in WebKit's page: ${r.error}`);
            return r?.undefined ? undefined : r?.value;
          };
          const evaluate = (expression) => inWindow(handle, () => run(expression));
          // In the frame of the iframe `element` (an expression of the page), once there is one;
          // back to the page after.
          const evaluateIn = async (element, expression) => {
            const started = Date.now();
            for (;;) {
              const r = await inWindow(handle, async () => {
                const el = await driver.executeScript(`return ${element}`);
                if (!el) return { missing: true };
                await driver.switchTo().frame(el);
                try {
                  return { value: await run(expression, false) };
                } finally {
                  await driver.switchTo().defaultContent();
                }
              });
              if (!r.missing) return r.value;
              if (Date.now() - started > TIMEOUT) throw new Error(`no frame: ${element}`);
              await sleep(50);
            }
          };
          const navigate = (url) => inWindow(handle, async () => {
            const { origin, protocol } = new URL(url);
            // The context's cookie on each origin first, for its init scripts (harness.mjs).
            if (protocol.startsWith('http') && !cookied.has(origin)) {
              await driver.get(`${origin}/__fi-blank`);
              await driver.manage().addCookie({ name: 'fi-context', value: id, path: '/' });
              cookied.add(origin);
            }
            // Every request its pages make of the test server is heard there (harness.mjs);
            // one elsewhere (blocked by the tests' policies) is not.
            requested.set(id, { onRequest, onResponse });
            await loaded(`load of ${url}`, () => driver.get(url));
            href = await driver.getCurrentUrl();
            await collect();
          });
          const key = (k) => (k.length === 1 ? k : Key[KEYS[k] ?? k.toUpperCase()]);
          // The pointer to a point of the viewport, in CSS pixels.
          const pointAt = (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT });
          return {
            name: 'webkit',
            onError: (f) => errors.push(f),
            onConsole: (f) => consoles.push(f),
            evaluateIn,
            goto: navigate,
            // Tried again as a load of its address: a reload that hung once hung twice.
            reload: () => inWindow(handle, async () => {
              const address = await driver.getCurrentUrl();
              await loaded('reload', () => driver.navigate().refresh(), () => driver.get(address));
            }),
            back: () => inWindow(handle, async () => { await driver.navigate().back(); href = await driver.getCurrentUrl(); }),
            forward: () => inWindow(handle, async () => { await driver.navigate().forward(); href = await driver.getCurrentUrl(); }),
            // Sync, as Playwright's: the address as of the last command that reads it (a
            // navigation, or any evaluation in the page).
            url: () => href,
            currentUrl: () => inWindow(handle, async () => { href = await driver.getCurrentUrl(); return href; }),
            evaluate,
            addInitScript: async (source) => { scripts.add(source); },
            click: (x, y) => inWindow(handle, () => pointAt(x, y).click().perform()),
            // Each a sequence of its own: the pointer's place and button are kept between them.
            mouse: {
              move: (x, y) => inWindow(handle, () => pointAt(x, y).perform()),
              down: () => inWindow(handle, () => driver.actions().press().perform()),
              up: () => inWindow(handle, () => driver.actions().release().perform()),
              // A wheel turned over the viewport's middle.
              wheel: (deltaX, deltaY) => inWindow(handle, async () => {
                const [w, h] = await driver.executeScript('return [innerWidth, innerHeight]');
                await driver.actions().scroll(Math.round(w / 2), Math.round(h / 2), deltaX, deltaY, Origin.VIEWPORT).perform();
              }),
            },
            async press(combo) {
              const keys = combo.split('+').map(key);
              const last = keys.pop();
              await inWindow(handle, async () => {
                let a = driver.actions();
                for (const k of keys) a = a.keyDown(k);
                a = a.keyDown(last).keyUp(last);
                for (const k of keys.reverse()) a = a.keyUp(k);
                await a.perform();
              });
            },
            type: (text) => inWindow(handle, () => driver.actions().sendKeys(text).perform()),
            addScriptTag: async ({ path }) => evaluate(`(() => { ${await readFile(path, 'utf8')}\n})()`),
            // The whole page: the window made as tall as the page for the shot (the driver
            // takes the viewport only), then as it was.
            async screenshot(path, fullPage) {
              const png = await inWindow(handle, async () => {
                if (!fullPage) return driver.takeScreenshot();
                const [w, h, full] = await driver.executeScript('return [innerWidth, innerHeight, document.documentElement.scrollHeight]');
                if (full > h) await sizeTo({ width: w, height: full });
                const shot = await driver.takeScreenshot();
                if (full > h) await sizeTo({ width: w, height: h });
                return shot;
              });
              if (path) await writeFile(path, Buffer.from(png, 'base64'));
              return Buffer.from(png, 'base64');
            },
            setViewport: (size) => inWindow(handle, () => sizeTo(size)),
            // By the test server, for the requests it serves (harness.mjs): this context's
            // pages alike, not this page's alone.
            route: async (matches, handler) => { routes.get(id).push([matches, handler]); },
            // WebKitWebDriver has no media emulation and no print command: « print » applies the
            // print rules of every style sheet (the document's and its shadow roots') to the
            // screen, each in its own sheet, after the rest. Screen-only rules stay: ours have none.
            emulateMedia: (media) => {
              if (media !== 'print') throw new Error(`page.emulateMedia(${media}) is not supported in WebKit`);
              return evaluate(`(${printRulesOnScreen})()`);
            },
            pdf: () => { throw new Error('page.pdf is not supported in WebKit (WebKitWebDriver has no print command)'); },
            // Several files as WebDriver sends them to a multiple file field: one path a line.
            setInputFiles: (expression, paths) => inWindow(handle, async () => {
              const input = await driver.executeScript(`return ${expression}`);
              await input.sendKeys([paths].flat().join('\n'));
            }),
          };
        },
      }, home);
    },
    async close() {
      await Promise.all([...open].map((close) => close()));
      stop();
    },
  };
}

export async function launchEngine(name) {
  if (name === 'firefox') return firefox();
  if (name === 'webkit') return webkit();
  throw new Error(`unknown engine ${name}`);
}
