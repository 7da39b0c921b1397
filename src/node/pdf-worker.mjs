// Plain JavaScript on purpose: pdfjs-dist runs in this worker thread, loaded by Node itself (the dev CLI's tsx hooks
// would otherwise re-read its 2 MB modules: seconds and ~100 MB per process). It hands back only what
// src/page/pdf.ts collectPdfText reads of each page — the viewport, the text items, the drawing ops that make lines —
// so the page walk and the layout stay in one place (src/node/pdf.ts replays them through collectPdfText).
import { parentPort, workerData } from 'node:worker_threads';

const { root, maxPages, maxItems } = workerData;
const pdfjs = await import(new URL('legacy/build/pdf.mjs', root).href);
const OPS = pdfjs.OPS;
const KEEP = new Set([OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.constructPath]);
const DRAWN = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

parentPort.once('message', async (bytes) => {
  const task = pdfjs.getDocument({
    data: bytes,
    cMapUrl: new URL('cmaps/', root).href,
    cMapPacked: true,
    standardFontDataUrl: new URL('standard_fonts/', root).href,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = [];
    let items = 0;
    for (let p = 1; p <= Math.min(doc.numPages, maxPages) && items < maxItems; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const text = [];
      for (const it of content.items) {
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        text.push({ str: it.str, transform: it.transform, width: it.width, height: it.height, fontName: it.fontName });
        if (++items >= maxItems) break;
      }
      let ops = null;
      if (text.length) {
        const list = await page.getOperatorList();
        const fnArray = [];
        const argsArray = [];
        for (let i = 0; i < list.fnArray.length; i++) {
          const fn = list.fnArray[i];
          if (!KEEP.has(fn)) continue;
          const args = list.argsArray[i];
          if (fn === OPS.constructPath && !DRAWN.has(args?.[0])) continue; // clipping paths draw nothing
          fnArray.push(fn);
          argsArray.push(fn === OPS.paintFormXObjectBegin ? [args?.[0] ? Array.from(args[0]) : null] : args);
        }
        ops = { fnArray, argsArray };
      }
      pages.push({ width: vp.width, height: vp.height, transform: vp.transform, items: text, ops });
      page.cleanup();
    }
    parentPort.postMessage({ ok: true, numPages: doc.numPages, pages, OPS });
  } catch (e) {
    parentPort.postMessage({ ok: false, name: e?.name ?? '', message: e?.message ?? String(e) });
  } finally {
    await task.destroy().catch(() => undefined);
  }
});
