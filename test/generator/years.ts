// Several years of one agency: consistent reports whose sections 一 and 五 are written apart, year by year, from
// wording no other year uses — or, for a year named in `copies`, section 五 taken from an earlier year with its
// dates and figures changed (what copied-text looks for).
import { buildDoc, type Part, type ReportDoc } from './document';
import { APPLICANTS, generateReport, type Report } from './report';

const PROBLEMS = [
  '政策解读的形式仍以文字为主，图表、音视频等群众喜闻乐见的解读方式运用偏少；',
  '部分业务科室对主动公开的认识不足，信息报送的积极性和时效性有待提高；',
  '门户网站个别栏目内容更新较慢，存在栏目空置、信息重复发布的现象。',
  '依申请公开答复文书的规范性还需加强，个别答复说理不够充分；',
  '基层政务公开标准目录的动态调整不够及时，与实际工作衔接不紧；',
  '政务新媒体的互动回应功能发挥不足，对网民留言的回复时效偏慢。',
  '公开工作人员变动频繁，新上岗人员业务能力与工作要求还有差距；',
  '重点领域信息公开的深度不够，财政资金使用绩效等信息公开还不够细；',
  '文件公开属性源头认定机制尚未完全落实，政府信息管理信息化水平不高。',
  '政策文件的集中公开和系统清理不够及时，已失效文件标注不够清晰；',
  '政务公开专区的线下服务功能较弱，群众查阅政府信息仍不够便利；',
  '对公开内容的保密审查和个人信息保护审查有时流于形式，把关不够严格。',
  '解读材料与政策文件同步发布的比例不高，部分解读内容照搬原文；',
  '公众参与重大行政决策的渠道不够多，意见征集结果的反馈不够及时；',
  '年度报告以外的统计数据公开较少，数据开放的格式不够便于再利用。',
];

const MEASURES = [
  '组织开展多形式政策解读，推出图解、短视频和专家访谈等产品；',
  '把政务公开纳入科室年度考核，建立信息报送月通报制度，压实工作责任；',
  '开展网站栏目全面排查，对长期不更新的栏目予以整合或关停。',
  '制定依申请公开答复文书范本，建立疑难申请集体会商和法律顾问审核机制；',
  '对照上级要求逐项梳理标准目录，做到目录与实际事项同步调整；',
  '建立政务新媒体留言办理台账，明确回复时限，提高互动回应质量。',
  '举办政务公开业务培训班，采取以会代训、跟班学习等方式提升业务能力；',
  '细化重点领域公开清单，推动财政资金绩效评价结果向社会全面公开；',
  '在公文办理系统中增设公开属性必填项，实现公开属性源头认定全覆盖。',
  '开展规范性文件集中清理，对失效、废止文件在网站上统一标注；',
  '完善政务公开专区设施，配备查阅终端和专职引导人员，方便群众查询；',
  '严格执行信息发布前的保密审查和个人信息保护审查，落实“三审三校”。',
  '坚持政策文件与解读材料同步起草、同步审签、同步发布；',
  '拓宽公众参与渠道，对意见采纳情况及时反馈并说明理由；',
  '推进统计数据开放，以可机读格式发布常用数据集。',
];

const OVERVIEW = [
  '主要负责同志多次听取政务公开工作汇报，把政务公开作为转变职能的重要抓手研究部署。',
  '年内调整充实政务公开工作领导小组，明确办公室为工作机构，各科室确定一名信息员。',
  '围绕优化营商环境攻坚行动，集中公开涉企政策、审批事项和收费清单，方便企业查询。',
  '结合机构职能调整，对权责清单、办事指南进行全面修订并在网站集中发布，便于对照。',
  '聚焦乡村振兴和民生实事项目，逐月公开项目进度和资金拨付情况，接受群众监督。',
  '围绕防汛救灾工作，通过网站和政务新媒体滚动发布预警信息、转移安置和救援进展。',
  '推行重大行政决策预公开，对两项涉及群众切身利益的政策草案公开征求社会意见。',
  '完成政府网站集约化迁移，原有栏目内容全部迁入新平台，并按主题重新归类整理。',
  '开展政务公开开放日活动，邀请群众代表、企业代表走进机关，现场体验办事流程。',
  '对历年公开的政策文件进行全面梳理，建立现行有效政策文件库，提供全文检索服务。',
];

/** section 五 of the k-th year: its own three problems and three measures */
function problemsOf(r: Report, k: number): string {
  const y = r.text.bodyYear;
  const p = PROBLEMS.slice(3 * k, 3 * k + 3);
  const m = MEASURES.slice(3 * k, 3 * k + 3);
  return `${y}年，${r.agency.self}政府信息公开工作还存在一些不足：一是${p[0]}二是${p[1]}三是${p[2]}`
    + `${y + 1}年，${r.agency.self}将重点做好以下工作：一是${m[0]}二是${m[1]}三是${m[2]}`;
}

export interface AgencyYear {
  report: Report;
  doc: ReportDoc;
}

/**
 * Reports of one agency for `years` (at most five written apart). `copies` maps a year to the earlier year whose
 * section 五 it repeats, with the years in it changed to its own.
 */
export function agencyYears(seed: number, years: number[], copies: Record<number, number> = {}): AgencyYear[] {
  if (years.length > 5) throw new Error('at most five years have wording of their own');
  const agency = generateReport(seed).agency;
  const out: AgencyYear[] = [];
  const s5 = new Map<number, string>();
  let previous: Report | null = null;
  years.forEach((year, k) => {
    const report: Report = { ...generateReport(seed + 17 * (k + 1), { year }), agency };
    if (previous && previous.year === year - 1) chain(report, previous);
    previous = report;
    const doc = buildDoc(report);
    const from = copies[year];
    let five = problemsOf(report, k);
    if (from !== undefined) {
      const earlier = s5.get(from);
      if (!earlier) throw new Error(`year ${from} must come before ${year}`);
      five = earlier.replaceAll(String(from + 1), String(year + 1)).replaceAll(String(from), String(year));
    }
    s5.set(year, five);
    doc.parts = rewrite(doc.parts, report, k, five);
    out.push({ report, doc });
  });
  return out;
}

/** what one year carries forward, the next takes up: table 3's carried-over applications, table 2's documents in force */
function chain(r: Report, prev: Report): void {
  const t3 = r.table3;
  for (const c of APPLICANTS) {
    t3.carried[c] = prev.table3.carryOver[c];
    t3.new[c] = t3.total[c] + t3.carryOver[c] - t3.carried[c];
    if (t3.new[c] < 0) { t3.carryOver[c] -= t3.new[c]; t3.new[c] = 0; }
  }
  for (const row of ['new', 'carried', 'carryOver']) t3[row].total = APPLICANTS.reduce((s, c) => s + t3[row][c], 0);
  r.text.applications = t3.new.total;
  if (r.template === '2021' && prev.template === '2021') {
    for (const id of ['regulations', 'normativeDocs']) {
      const d = r.table2[id];
      d.inForce = prev.table2[id].inForce + d.issued - d.repealed;
      if (d.inForce < 0) { d.repealed += d.inForce; d.inForce = 0; }
    }
  }
}

/** the generator's own sections 一 and 五 replaced: 一 keeps the sentences the checker compares with the tables */
function rewrite(parts: Part[], r: Report, k: number, five: string): Part[] {
  const out: Part[] = [];
  let section: string | undefined;
  for (const part of parts) {
    if (part.kind === 'heading' && part.level === 1) {
      section = part.section;
      out.push(part);
      if (section === 's1') {
        out.push({ kind: 'para', text: `${r.text.bodyYear}年，${r.agency.name}${OVERVIEW[2 * k]}` });
        out.push({ kind: 'heading', level: 2, text: '（一）主动公开' }, { kind: 'para', text: OVERVIEW[2 * k + 1] });
      }
      if (section === 's5') out.push({ kind: 'para', text: five });
      continue;
    }
    if (section === 's1') {
      if (part.kind === 'para' && part.role) out.push(part);
      else if (part.kind === 'heading' && part.text === '（二）依申请公开') out.push(part);
      continue;
    }
    if (section === 's5' && part.kind === 'para') continue;
    out.push(part);
  }
  return out;
}
