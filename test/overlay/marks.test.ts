// Which elements the overlay outlines: one mark per element, the worst severity on it, one note per finding.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/types';
import { anchorsOf, buildMarks, mainAnchor } from '../../src/overlay/marks';

/** stand-ins for page elements: marks only compare them and ask for their document's body */
const doc = {} as { body: Element; documentElement: Element };
const el = () => ({ ownerDocument: doc }) as unknown as Element;
doc.body = el();
doc.documentElement = el();

const finding = (severity: Finding['severity'], cells: string[], anchor: string | null = cells[0] ?? null, message = severity): Finding => ({
  rule: 'x', severity, message, expected: null, actual: null,
  location: { table: 3, section: null, row: null, column: null, cells, anchor },
});

describe('overlay marks', () => {
  it('marks each element once, with the worst severity and every distinct note', () => {
    const nodes = new Map([['a', el()], ['b', el()], ['c', el()]]);
    const marks = buildMarks([finding('info', ['a', 'b']), finding('error', ['b', 'c'], 'c'), finding('warning', ['b'])], nodes, (f) => f.message);
    expect(marks.map((m) => [m.anchor, m.severity, m.notes, m.main])).toEqual([
      ['a', 'info', ['info'], true],
      ['b', 'error', ['info', 'error', 'warning'], true],
      ['c', 'error', ['error'], true],
    ]);
  });

  it('skips anchors the page no longer has, and never outlines the whole page', () => {
    const nodes = new Map<string, Element>([['a', el()], ['body', doc.body]]);
    expect(buildMarks([finding('error', ['gone', 'a', 'body'], 'gone')], nodes, () => 'n').map((m) => [m.anchor, m.main])).toEqual([['a', false]]);
  });

  it('a finding without cells points at its main anchor; scrolling goes to the anchor, else the first cell', () => {
    const f = finding('warning', [], 'z');
    expect(anchorsOf(f)).toEqual(['z']);
    expect(mainAnchor(finding('warning', ['p', 'q'], null))).toBe('p');
    expect(anchorsOf(finding('info', [], null))).toEqual([]);
  });
});
