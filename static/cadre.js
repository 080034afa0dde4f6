// facture-impayee, iframe form: optional script for the host page. Each iframe of the app
// (cadre.html) tells its height; this sets the frame to it, so it never shows an inner
// scrollbar. Nothing else crosses: the message carries the height only (docs/EMBED.md).
// Only a frame showing cadre.html, from the origin that sent the message, is resized: another
// frame of the page cannot ask (PROBE F15).
window.addEventListener('message', (event) => {
  const { type, height } = event.data ?? {};
  if (type !== 'facture-impayee:hauteur' || !Number.isFinite(height) || height <= 0 || height > 100000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    let src;
    try { src = new URL(frame.src, location.href); } catch { continue; }
    if (src.origin === event.origin && src.pathname.endsWith('/cadre.html')) frame.style.height = `${Math.ceil(height)}px`;
  }
});
