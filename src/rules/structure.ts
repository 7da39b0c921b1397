// The template's shape: sections, tables, rows, labels, and which template's tables were used.
import { templateForYear, TEMPLATES } from '../template';
import { SECTIONS } from '../template/sections';
import { columnPath, findRow, loc, rowPath, SECTION_OF_TABLE } from './grid';
import type { TemplateDef } from '../template/types';
import type { LabelSeen } from '../model/types';
import { joinPath } from '../template';
import { TABLE4 } from '../template/tables';
import type { Rule } from './types';
import type { TableNo } from '../model/types';

const TABLE_NAMES: Record<TableNo, { zh: string; en: string }> = {
  2: { zh: '表二 主动公开政府信息情况', en: 'Table 2 (proactive disclosure)' },
  3: { zh: '表三 收到和处理政府信息公开申请情况', en: 'Table 3 (applications received and handled)' },
  4: { zh: '表四 政府信息公开行政复议、行政诉讼情况', en: 'Table 4 (administrative review and litigation)' },
};

/** a reason written "中文 / English" as the two languages of a not-checked entry */
const bilingual = (reason: string) => {
  const [zh, en] = reason.split(' / ');
  return { zh, en: en ?? zh };
};

export const missingSection: Rule = {
  id: 'missing-section', severity: 'error', scope: 'report',
  help: { zh: '模板规定的六个部分之一缺失', en: 'One of the six sections the template requires is absent' },
  why: { zh: '年度报告格式规定了六个部分，缺少任何一部分，报告就没有交代该项内容。', en: 'The national format requires six sections; a missing one means the report says nothing on that subject.' },
  message: (p, lang) => lang === 'zh' ? `未找到「${p.section}」部分。` : `Section “${p.section}” was not found.`,
  check(ctx) {
    const found = new Set(ctx.model.sections.map((s) => s.id));
    for (const s of SECTIONS) {
      if (found.has(s.id)) continue;
      // its numbered heading stands on the page where no heading was recognised: present, not missing
      const present = ctx.model.unreadable?.find((u) => u.section === s.id);
      if (present) { ctx.notChecked(bilingual(present.reason), loc(null, null, null, [], s.label)); continue; }
      ctx.report({ location: loc(null, null, null, [], s.label), expected: s.label, actual: null, params: { section: s.label } });
    }
  },
};

export const missingTable: Rule = {
  id: 'missing-table', severity: 'error', scope: 'report',
  help: { zh: '统计表二、三、四之一缺失', en: 'One of tables 2, 3, 4 is absent' },
  why: { zh: '三张统计表是年度报告的核心数据，缺表就无法核对。', en: 'The three statistical tables are the report’s data; without one, nothing in it can be checked.' },
  message: (p, lang) => lang === 'zh' ? `未找到「${p.tableZh}」。` : `${p.tableEn} was not found.`,
  check(ctx) {
    for (const t of [2, 3, 4] as TableNo[]) {
      if (ctx.model.tables[String(t) as '2' | '3' | '4']) continue;
      // its labels stand on the page but no values could be placed: present, not missing
      const present = ctx.model.unreadable?.find((u) => u.table === t && u.row === null);
      if (present) { ctx.notChecked(bilingual(present.reason), loc(t, null, null, [])); continue; }
      ctx.report({ location: loc(t, null, null, []), expected: TABLE_NAMES[t].zh, actual: null, params: { tableZh: TABLE_NAMES[t].zh, tableEn: TABLE_NAMES[t].en } });
    }
  },
};

export const missingRow: Rule = {
  id: 'missing-row', severity: 'warning', scope: 'report',
  help: { zh: '表格缺少模板规定的行', en: 'A template row is absent from a table' },
  why: { zh: '缺少的行无法核对，相关总数也无法核对。', en: 'A missing row cannot be checked, nor can the totals it belongs to.' },
  message: (p, lang) => lang === 'zh' ? `表${p.tableZh}缺少「${p.row}」行。` : `Table ${p.table} lacks the row “${p.row}”.`,
  check(ctx) {
    const m = ctx.model;
    // rows on the page whose cells ran together are not checked, not missing
    const unread = new Map((m.unreadable ?? []).filter((u) => u.row !== null).map((u) => [`${u.table}|${u.row}`, u]));
    const notRead = (table: TableNo, id: string) => {
      const u = unread.get(`${table}|${id}`);
      if (u) ctx.notChecked(bilingual(u.reason), loc(table, rowPath(ctx.template, table, id), null, u.anchor ? [u.anchor] : []));
      return u !== undefined;
    };
    const t2 = m.tables['2'];
    if (t2) {
      for (const b of ctx.template.table2.blocks) for (const r of b.rows) {
        const id = `${b.id}.${r.id}`;
        if (!findRow(m, 2, id) && !notRead(2, id)) ctx.report({ location: loc(2, rowPath(ctx.template, 2, id), null, t2.anchors.slice(0, 1)), expected: r.path.at(-1)!, actual: null, params: { table: 2, tableZh: '二', row: rowPath(ctx.template, 2, id) } });
      }
    }
    const t3 = m.tables['3'];
    if (t3) {
      for (const r of ctx.template.table3.rows) {
        if (!findRow(m, 3, r.id) && !notRead(3, r.id)) ctx.report({ location: loc(3, rowPath(ctx.template, 3, r.id), null, t3.anchors.slice(0, 1)), expected: r.path.at(-1)!, actual: null, params: { table: 3, tableZh: '三', row: rowPath(ctx.template, 3, r.id) } });
      }
    }
    const t4 = m.tables['4'];
    if (t4 && !findRow(m, 4, 'outcomes')) {
      ctx.report({ location: loc(4, '数值行', null, t4.anchors.slice(0, 1)), expected: '15', actual: null, params: { table: 4, tableZh: '四', row: '数值行' } });
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
  id: 'label-mismatch', severity: 'info', scope: 'report',
  help: { zh: '行或列的名称与模板的措辞不同（错字或旧措辞）', en: 'A row or column label differs from the template’s wording (typo, old wording)' },
  why: { zh: '名称不规范会让读者和统计汇总误解这一行或列统计的是什么。', en: 'Non-standard labels can mislead readers and those who compile statistics about what a row or column counts.' },
  message: (p, lang) => lang === 'zh'
    ? `表${p.tableZh}的${p.kindZh}名称写作“${p.found}”，模板为“${p.expected}”。`
    : `Table ${p.table}: the ${p.kindEn} label reads “${p.found}”; the template says “${p.expected}”.`,
  check(ctx) {
    for (const l of ctx.model.labels) {
      const t = l.table ?? 0;
      const where = labelLocation(ctx.template, l);
      ctx.report({
        location: { table: l.table, section: l.table ? SECTION_OF_TABLE[l.table] : null, ...where, cells: [l.anchor], anchor: l.anchor },
        expected: l.expected, actual: l.found,
        params: { table: t, tableZh: '一二三四'[t - 1] ?? '', kindZh: l.kind === 'row' ? '行' : '列', kindEn: l.kind, found: l.found, expected: l.expected },
      });
    }
  },
};

export const templateMismatch: Rule = {
  id: 'template-mismatch', severity: 'warning', scope: 'report',
  help: { zh: '统计表用的是另一时期的模板', en: 'The tables follow the template of the wrong period for the report’s year' },
  why: { zh: '2021 年起应使用国办公开办函〔2021〕30号的新格式；用错模板，统计口径与其他报告不可比。', en: 'Reports on 2021 and later must use the 2021 format; with the wrong one, figures are not comparable with other reports.' },
  message: (p, lang) => lang === 'zh'
    ? `${p.year} 年的报告应使用${p.expectedDoc}格式，但统计表是${p.actualDoc}格式（依据：${p.evidence}）。`
    : `A report on ${p.year} should use the ${p.expected} format (${p.expectedDoc}), but its tables follow the ${p.actual} format (${p.evidence}).`,
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
  id: 'section-order', severity: 'info', scope: 'report',
  help: { zh: '各部分顺序颠倒或编号错误', en: 'Sections are out of order or misnumbered' },
  why: { zh: '格式规定了六个部分的顺序和编号；顺序混乱会让读者找不到相应内容。', en: 'The format fixes the order and numbering of the six sections; otherwise readers cannot find things.' },
  message: (p, lang) => lang === 'zh'
    ? `「${p.heading}」应为第${p.expectedZh}部分，实际${p.actualZh}。`
    : `“${p.heading}” should be section ${p.expected}; it stands ${p.actualEn}.`,
  check(ctx) {
    const secs = ctx.model.sections;
    const CN = '零一二三四五六七八九十';
    secs.forEach((s, i) => {
      const def = SECTIONS.find((d) => d.id === s.id)!;
      const outOfOrder = secs.slice(0, i).some((p) => p.id > s.id);
      const misnumbered = s.numeral !== null && s.numeral !== def.numeral;
      if (!outOfOrder && !misnumbered) return;
      const actualZh = misnumbered ? `编号为“${CN[s.numeral!] ?? s.numeral}”` : '排在后面部分之后';
      const actualEn = misnumbered ? `numbered ${s.numeral}` : 'after a later section';
      ctx.report({ location: { table: null, section: def.label, row: null, column: null, cells: [s.anchor], anchor: s.anchor }, expected: def.numeral, actual: s.numeral ?? i + 1, params: { heading: s.heading, expected: def.numeral, expectedZh: CN[def.numeral], actualZh, actualEn } });
    });
  },
};

export const STRUCTURE: Rule[] = [missingSection, missingTable, missingRow, labelMismatch, templateMismatch, sectionOrder];
