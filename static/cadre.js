// facture-impayee, iframe form: script for the host page. Each iframe of the app (cadre.html)
// tells its height; this sets the frame to it, so it never shows an inner scrollbar. And it
// gives the frame that asks the call to action written on its iframe element. Nothing the
// visitor types ever crosses (docs/EMBED.md).
// Only a frame showing cadre.html, from the origin that sent the message, is resized: another
// frame of the page cannot ask (PROBE F15).
window.addEventListener('message', (event) => {
  const { type, height } = event.data ?? {};
  if (type !== 'facture-impayee:hauteur' && type !== 'facture-impayee:options?') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let src;
    try { src = new URL(frame.src, location.href); } catch { continue; }
    if (src.origin !== event.origin || !src.pathname.endsWith('/cadre.html')) continue;
    if (type === 'facture-impayee:options?') {
      // The call to action, from this page's own iframe element (data-cta-label, data-cta-url):
      // never from the frame's address, which anyone can link to (PROBE F3).
      const { ctaLabel, ctaUrl } = frame.dataset;
      if (ctaLabel && ctaUrl) event.source.postMessage({ type: 'facture-impayee:options', 'cta-label': ctaLabel, 'cta-url': ctaUrl }, event.origin);
    } else if (Number.isFinite(height) && height > 0 && height <= 100000) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});
