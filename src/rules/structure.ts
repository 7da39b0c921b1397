// The template's shape: sections, tables, rows, labels, and which template's tables were used.
import { TABLE4_WIDTH, tableTitle, templateForYear, TEMPLATES } from '../template';
import { SECTIONS, sectionDef } from '../template/sections';
import { columnPath, findRow, loc, rowPath, SECTION_OF_TABLE } from './grid';
import type { TemplateDef } from '../template/types';
import type { LabelSeen } from '../model/types';
import { joinPath } from '../template';
import { TABLE4 } from '../template/tables';
import type { ReasonKey, Rule } from './types';
import type { TableNo } from '../model/types';

export const missingSection: Rule = {
  id: 'missing-section', severity: 'error', scope: 'report', order: 70, tags: ['structure'],
  reads: { parts: ['sections'] },
  params: { section: 'string' },
  check(ctx) {
    const found = new Set(ctx.model.sections.map((s) => s.id));
    for (const s of SECTIONS) {
      if (found.has(s.id)) continue;
      // its numbered heading stands on the page where no heading was recognised: present, not missing
      const present = ctx.model.unreadable?.find((u) => u.section === s.id);
      if (present) { ctx.notChecked(present.reason as ReasonKey, loc(null, null, null, [], s.label)); continue; }
      ctx.report({ location: loc(null, null, null, [], s.label), expected: s.label, actual: null, params: { section: s.label } });
    }
  },
};

export const missingTable: Rule = {
  id: 'missing-table', severity: 'error', scope: 'report', order: 80, tags: ['structure'],
  reads: { tables: { 2: [], 3: [], 4: [] } },
  params: { table: 'table' },
  check(ctx) {
    for (const t of [2, 3, 4] as TableNo[]) {
      if (ctx.model.tables[String(t) as '2' | '3' | '4']) continue;
      // its labels stand on the page but no values could be placed: present, not missing
      const present = ctx.model.unreadable?.find((u) => u.table === t && u.row === null);
      if (present) { ctx.notChecked(present.reason as ReasonKey, loc(t, null, null, [])); continue; }
      ctx.report({ location: loc(t, null, null, []), expected: tableTitle(t), actual: null, params: { table: t } });
    }
  },
};

export const missingRow: Rule = {
  id: 'missing-row', severity: 'warning', scope: 'report', order: 90, tags: ['structure'],
  reads: { tables: { 2: 'all', 3: 'all', 4: 'all' } },
  params: { table: 'table', row: 'string' },
  check(ctx) {
    const m = ctx.model;
    // rows on the page whose cells ran together are not checked, not missing
    const unread = new Map((m.unreadable ?? []).filter((u) => u.row !== null).map((u) => [`${u.table}|${u.row}`, u]));
    const notRead = (table: TableNo, id: string) => {
      const u = unread.get(`${table}|${id}`);
      if (u) ctx.notChecked(u.reason as ReasonKey, loc(table, rowPath(ctx.template, table, id), null, u.anchor ? [u.anchor] : []));
      return u !== undefined;
    };
    const t2 = m.tables['2'];
    if (t2) {
      for (const b of ctx.template.table2.blocks) for (const r of b.rows) {
        const id = `${b.id}.${r.id}`;
        if (!findRow(m, 2, id) && !notRead(2, id)) ctx.report({ location: loc(2, rowPath(ctx.template, 2, id), null, t2.anchors.slice(0, 1)), expected: r.path.at(-1)!, actual: null, params: { table: 2, row: rowPath(ctx.template, 2, id) } });
      }
    }
    const t3 = m.tables['3'];
    if (t3) {
      for (const r of ctx.template.table3.rows) {
        if (!findRow(m, 3, r.id) && !notRead(3, r.id)) ctx.report({ location: loc(3, rowPath(ctx.template, 3, r.id), null, t3.anchors.slice(0, 1)), expected: r.path.at(-1)!, actual: null, params: { table: 3, row: rowPath(ctx.template, 3, r.id) } });
      }
    }
    const t4 = m.tables['4'];
    if (t4 && !findRow(m, 4, 'outcomes')) {
      ctx.report({ location: loc(4, '数值行', null, t4.anchors.slice(0, 1)), expected: String(TABLE4_WIDTH), actual: null, params: { table: 4, row: '数值行' } });
    }
  },
};
/** where a misworded label stands, as the template's own row/column path */
function labelLocation(template: TemplateDef, l: LabelSeen): { row: string | null; column: string | null } {
  if (l.kind === 'row') {
    if (l.table === 2 && !l.id.includes('.')) return { row: template.table2.blocks.find((b) => b.id === l.id)?.label ?? l.expected, column: null };
    return { row: l.table ? rowPath(template, l.table, l.id) : l.expected, column: null };
  }
  if (l.table === 3) {
    const j = template.table3.columns.findIndex((c) => c.id === l.id);
    return { row: null, column: j >= 0 ? columnPath(template, 3, j) : l.expected };
  }
  if (l.table === 2) {
    const [blockId, colId] = l.id.split('.');
    const b = template.table2.blocks.find((x) => x.id === blockId);
    const c = b?.columns.find((x) => x.id === colId);
    return { row: b?.label ?? null, column: c ? joinPath(c.path) : l.expected };
  }
  const c = TABLE4.columns.find((x) => x.id.endsWith(`.${l.id}`));
  return { row: null, column: c ? c.path.at(-1)! : l.expected };
}

export const labelMismatch: Rule = {
  id: 'label-mismatch', severity: 'info', scope: 'report', order: 140, tags: ['structure'],
  reads: { parts: ['labels'] },
  params: { table: 'table', kind: 'string', found: 'string', expected: 'string' },
  check(ctx) {
    for (const l of ctx.model.labels) {
      const t = l.table ?? 0;
      const where = labelLocation(ctx.template, l);
      ctx.report({
        location: { table: l.table, section: l.table ? SECTION_OF_TABLE[l.table] : null, ...where, cells: [l.anchor], anchor: l.anchor },
        expected: l.expected, actual: l.found,
        params: { table: t, kind: l.kind, found: l.found, expected: l.expected },
      });
    }
  },
};

export const templateMismatch: Rule = {
  id: 'template-mismatch', severity: 'warning', scope: 'report', order: 150, tags: ['structure'],
  reads: { tables: { 2: [] }, parts: ['templateEvidence'] },
  params: { year: 'number', expected: 'string', actual: 'string', expectedDoc: 'string', actualDoc: 'string', evidence: 'string' },
  check(ctx) {
    const { year, templateEvidence } = ctx.model;
    if (!year || !templateEvidence.length) return;
    const expected = templateForYear(year);
    if (ctx.templateId === expected) return;
    const evidence = templateEvidence.filter((e) => e.template === ctx.templateId).map((e) => e.what).slice(0, 3).join('；');
    ctx.report({
      location: loc(2, null, null, ctx.model.tables['2']?.anchors.slice(0, 1) ?? []),
      expected, actual: ctx.templateId,
      params: { year, expected, actual: ctx.templateId, expectedDoc: TEMPLATES[expected].document, actualDoc: TEMPLATES[ctx.templateId].document, evidence },
    });
  },
};

export const sectionOrder: Rule = {
  id: 'section-order', severity: 'info', scope: 'report', order: 180, tags: ['structure'],
  reads: { parts: ['sections'] },
  params: { heading: 'string', expected: 'number', numeral: 'number', how: 'string' },
  check(ctx) {
    const secs = ctx.model.sections;
    // loops, not callbacks: this runs on every page (hot path: README, Performance)
    for (let i = 0; i < secs.length; i++) {
      const s = secs[i];
      const def = sectionDef(s.id);
      let outOfOrder = false;
      for (let p = 0; p < i; p++) if (secs[p].id > s.id) outOfOrder = true;
      const misnumbered = s.numeral !== null && s.numeral !== def.numeral;
      if (!outOfOrder && !misnumbered) continue;
      ctx.report({ location: { table: null, section: def.label, row: null, column: null, cells: [s.anchor], anchor: s.anchor }, expected: def.numeral, actual: s.numeral ?? i + 1, params: { heading: s.heading, expected: def.numeral, numeral: s.numeral ?? '', how: misnumbered ? 'misnumbered' : 'out-of-order' } });
    }
  },
};

export const STRUCTURE: Rule[] = [missingSection, missingTable, missingRow, labelMismatch, templateMismatch, sectionOrder];
