// Which page elements to outline, and with what: one mark per element, however many findings name it.
import type { Finding, Severity } from '../model/types';

export interface Mark {
  anchor: string;
  element: Element;
  /** the worst severity among the findings on this element */
  severity: Severity;
  /** tooltip lines, one per finding, already in the UI language */
  notes: string[];
  /** some finding's main cell: it carries the tooltip's tab (the other cells of a finding are only outlined) */
  main: boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** the anchors a finding involves: its cells, or its main anchor when it lists none */
export function anchorsOf(f: Finding): string[] {
  if (f.location.cells?.length) return f.location.cells;
  return f.location.anchor ? [f.location.anchor] : [];
}

/** the anchor to scroll to: the finding's main anchor, else its first cell */
export const mainAnchor = (f: Finding): string | null => f.location.anchor ?? f.location.cells?.[0] ?? null;

export function buildMarks(
  findings: Finding[],
  nodes: Map<string, Element>,
  note: (f: Finding) => string,
): Mark[] {
  const byAnchor = new Map<string, Mark>();
  for (const f of findings) {
    const text = note(f);
    const main = mainAnchor(f);
    for (const anchor of anchorsOf(f)) {
      const element = nodes.get(anchor);
      if (!element || isPageFrame(element)) continue;
      let mark = byAnchor.get(anchor);
      if (!mark) byAnchor.set(anchor, (mark = { anchor, element, severity: f.severity, notes: [], main: false }));
      if (RANK[f.severity] > RANK[mark.severity]) mark.severity = f.severity;
      if (!mark.notes.includes(text)) mark.notes.push(text);
      if (anchor === main) mark.main = true;
    }
  }
  return [...byAnchor.values()];
}

/** text that sits loose in <body> anchors to <body>: outlining the whole page would say nothing */
const isPageFrame = (el: Element) => el === el.ownerDocument.body || el === el.ownerDocument.documentElement;
