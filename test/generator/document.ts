// A report as an ordered list of parts (title, headings, paragraphs, tables, signature) that every renderer walks.
// Broken variants edit this list (drop a section, swap two, remove a table).
import { SECTIONS } from '../../src/template';
import type { SectionDef } from '../../src/template';
import { makeRng } from './prng';
import * as prose from './prose';
import type { Report } from './report';

export type SectionId = SectionDef['id'];

export type Part =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string; section?: SectionId }
  | { kind: 'para'; text: string; role?: 'applications' | 'fee' | 'noReview' | 'period' }
  | { kind: 'table'; table: 2 | 3 | 4 }
  | { kind: 'signature'; agency: string; date: string };

export interface ReportDoc {
  report: Report;
  title: string;
  parts: Part[];
}

export const reportTitle = (r: Report) => `${r.agency.name}${r.text.titleYear}年政府信息公开工作年度报告`;

const sectionLabel = (id: SectionId) => SECTIONS.find((s) => s.id === id)!.label;

export function buildDoc(r: Report): ReportDoc {
  const rng = makeRng(r.seed).fork('prose');
  const h = (id: SectionId): Part => ({ kind: 'heading', level: 1, text: sectionLabel(id), section: id });
  const sub = (text: string): Part => ({ kind: 'heading', level: 2, text });
  const p = (text: string, role?: Extract<Part, { kind: 'para' }>['role']): Part => ({ kind: 'para', text, ...(role ? { role } : {}) });
  const title = reportTitle(r);
  const parts: Part[] = [
    { kind: 'title', text: title },
    p(prose.opening(r), 'period'),
    h('s1'),
    p(prose.overview(r, rng)),
    sub('（一）主动公开'), p(prose.proactive(r, rng)),
    sub('（二）依申请公开'), p(prose.applications(r, rng), 'applications'),
    ...(r.text.noReview ? [p(prose.NO_REVIEW, 'noReview')] : []),
    sub('（三）政府信息管理'), p(prose.management(rng)),
    sub('（四）平台建设'), p(prose.platforms(r, rng)),
    sub('（五）监督保障'), p(prose.oversight(rng)),
    h('s2'), { kind: 'table', table: 2 },
    h('s3'), { kind: 'table', table: 3 },
    h('s4'), { kind: 'table', table: 4 },
    h('s5'), p(prose.problems(r)),
    h('s6'),
    ...(r.text.fee ? [p(prose.feeStatement(r, rng), 'fee')] : []),
    p(prose.proposals(r, rng)),
    p(prose.keyPoints(r)),
    { kind: 'signature', agency: r.agency.name, date: prose.zhDate(r.publishedAt) },
  ];
  return { report: r, title, parts };
}

/** the parts of one section: its heading up to the next level-1 heading or the signature */
export function sectionRange(doc: ReportDoc, id: SectionId): [number, number] {
  const start = doc.parts.findIndex((p) => p.kind === 'heading' && p.section === id);
  let end = start + 1;
  while (end < doc.parts.length && !(doc.parts[end].kind === 'heading' && (doc.parts[end] as { level: number }).level === 1)
    && doc.parts[end].kind !== 'signature') end++;
  return [start, end];
}
