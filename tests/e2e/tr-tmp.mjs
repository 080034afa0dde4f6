import { serve, launch, started, DIST } from './harness.mjs';
import { FIELD } from './walk.mjs';
const server = await serve(DIST);
const browser = await launch();
const totals = {};
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const whole = page.waitForResponse((r) => r.url().endsWith('/facture-impayee_bg.wasm'));
  await page.goto(server.url);
  await started(page);
  await page.getByLabel('Nom du débiteur').fill('ACME SAS');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.locator(FIELD.amount()).fill('1 000');
  await page.locator(FIELD.issue()).fill('2024-03-10');
  await page.locator(FIELD.due()).fill('2024-04-10');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: 'Voir le résultat' }).waitFor();
  await (await whole).finished();
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.wasm,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const t = await page.evaluate(async () => {
    const host = document.querySelector('[data-facture-impayee]').shadowRoot;
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent.includes('Voir le résultat'));
    let frame = null;
    const watch = () => requestAnimationFrame(() => { if (host.querySelector('.fi-lead')) frame = performance.now(); else watch(); });
    const start = performance.now();
    watch();
    button.click();
    while (frame === null) await new Promise((ok) => setTimeout(ok, 0));
    await new Promise((ok) => setTimeout(ok, 50));
    return frame - start;
  });
  await cdp.send('Tracing.end');
  await done;
  const main = events.filter((e) => e.ph === 'X' && e.dur && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  // Self-time of named children on the renderer main thread, by name
  const byName = {};
  const tid = events.find((e) => e.name === 'EventDispatch' || e.name === 'FunctionCall')?.tid;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.tid !== tid) continue;
    if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EventDispatch', 'TimerFire', 'v8.wasm.compileLazy', 'wasm.CompileLazy', 'RunMicrotasks', 'ParseHTML', 'HitTest', 'ScheduleStyleRecalculation', 'UpdateLayer', 'CompositeLayers', 'v8.compile', 'EvaluateScript', 'v8.wasm.lazyCompile', 'ThreadControllerImpl::RunTask', 'RunTask', 'FireAnimationFrame', 'v8.run', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'].includes(e.name) || e.cat.includes('wasm')) {
      byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
    }
  }
  console.log(`run ${run}: ${t.toFixed(1)} ms`, Object.entries(byName).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '));
  await context.close();
}
await browser.close(); await server.close();
