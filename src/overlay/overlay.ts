// Highlights over the page's cells, drawn in the extension's own shadow root. The only change to the page is
// one host element appended to <html>, made when there is something to draw and removed when there is not.
import type { Mark } from './marks';
import { OVERLAY_CSS } from './styles';

export interface Overlay {
  /** replace the marks (an empty list removes the host element) */
  draw(marks: Mark[]): void;
  /** flash the marks of these anchors and open the tooltip of `main`; false when none of them is drawn */
  focus(anchors: string[], main: string | null): boolean;
  /** show or hide the marks (a focused mark stays visible) */
  setVisible(visible: boolean): void;
  /** true for the host element, so that watchers can ignore it */
  owns(node: Node): boolean;
}

const MAX_NOTES = 4;
const SEVERITY_SIGN = { error: '!', warning: '!', info: 'i' } as const;

export function createOverlay(doc: Document): Overlay {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;
  let drawn: Array<{ mark: Mark; box: HTMLElement }> = [];
  let visible = true;
  let frame = 0;

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; layout(); });
  };
  // The document's own scrolling moves host and cells together; other scrollers and resizes need a new layout.
  const onScroll = (e: Event) => { if (e.target !== doc) schedule(); };
  const resizes = new ResizeObserver(schedule);

  function mount(): HTMLElement {
    host = doc.createElement('gov-report-auditor');
    for (const [prop, value] of [['position', 'absolute'], ['left', '0'], ['top', '0'], ['width', '0'], ['height', '0'],
      ['margin', '0'], ['padding', '0'], ['border', '0'], ['display', 'block'], ['z-index', '2147483647'],
      ['pointer-events', 'none'], ['overflow', 'visible']]) host.style.setProperty(prop, value, 'important');
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root);
    layer = doc.createElement('div');
    layer.className = 'layer';
    root.append(layer);
    doc.documentElement.append(host);
    doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', schedule);
    if (doc.body) resizes.observe(doc.body);
    return layer;
  }

  function unmount() {
    doc.removeEventListener('scroll', onScroll, { capture: true });
    doc.defaultView?.removeEventListener('resize', schedule);
    resizes.disconnect();
    host?.remove();
    host = layer = null;
  }

  function adoptStyles(root: ShadowRoot) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      // constructable sheets unavailable (older engines): a <style> in our own shadow root
      const style = doc.createElement('style');
      style.textContent = OVERLAY_CSS;
      root.append(style);
    }
  }

  function box(mark: Mark): HTMLElement {
    const el = doc.createElement('div');
    el.className = `mark ${mark.severity}`;
    if (!mark.main) return el;
    const tab = doc.createElement('span');
    tab.className = 'tab';
    tab.textContent = SEVERITY_SIGN[mark.severity];
    const tip = doc.createElement('div');
    tip.className = 'tip';
    const notes = mark.notes.slice(0, MAX_NOTES);
    if (mark.notes.length > MAX_NOTES) notes.push(`+${mark.notes.length - MAX_NOTES}`);
    for (const note of notes) {
      const p = doc.createElement('p');
      p.textContent = note; // page-derived text goes in as text, never as markup
      tip.append(p);
    }
    el.append(tab, tip);
    return el;
  }

  /** read every rectangle first, then write, so the page lays out once */
  function layout() {
    if (!host) return;
    const origin = host.getBoundingClientRect();
    const rects = drawn.map(({ mark }) => (mark.element.isConnected ? mark.element.getBoundingClientRect() : null));
    drawn.forEach(({ box: el }, i) => {
      const r = rects[i];
      const off = !r || (r.width === 0 && r.height === 0);
      el.classList.toggle('off', off);
      if (off) return;
      el.style.left = `${r.left - origin.left}px`;
      el.style.top = `${r.top - origin.top}px`;
      el.style.width = `${r.width}px`;
      el.style.height = `${r.height}px`;
    });
  }

  return {
    draw(marks) {
      if (!marks.length) { drawn = []; unmount(); return; }
      const target = layer ?? mount();
      drawn = marks.map((mark) => ({ mark, box: box(mark) }));
      target.replaceChildren(...drawn.map((d) => d.box));
      target.classList.toggle('hidden', !visible);
      layout();
    },
    focus(anchors, main) {
      const wanted = new Set(anchors);
      const focused: Array<{ mark: Mark; box: HTMLElement }> = [];
      for (const d of drawn) {
        d.box.classList.remove('focus', 'open');
        if (!wanted.has(d.mark.anchor)) continue;
        void d.box.offsetWidth; // restart the flash animation
        d.box.classList.add('focus');
        focused.push(d);
      }
      (focused.find((d) => d.mark.anchor === main && d.mark.main) ?? focused.find((d) => d.mark.main))?.box.classList.add('open');
      layout();
      return focused.length > 0;
    },
    setVisible(v) {
      visible = v;
      layer?.classList.toggle('hidden', !v);
    },
    owns: (node) => node === host,
  };
}
