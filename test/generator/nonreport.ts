// Government pages that are not annual reports but look like one in parts: a listing of reports, the 国办 notice
// that prints the report format with empty tables, a budget table, a news article, a statistics table.
import { pickAgency, departmentNames, type Agency } from './agencies';
import { buildDoc } from './document';
import { generateReport } from './report';
import { makeRng, type Rng } from './prng';
import { renderArticle } from './render/article';
import { wrapPage } from './render/chrome';
import { esc } from './render/escape';

export type NonReportKind = 'listing' | 'template-notice' | 'budget' | 'news' | 'statistics';

const page = (agency: Agency, title: string, date: string, body: string, rng: Rng, category: string, noMetaTable = false) =>
  wrapPage({ agency, title, publishedAt: date, body, rng, category, noMetaTable });

/** links to annual reports, as the 政府信息公开年报 column lists them; `links` overrides the generated ones */
export function listingPage(seed: number, links?: Array<{ href: string; title: string; date: string }>): string {
  const rng = makeRng(seed);
  const agency = pickAgency(rng.fork('agency'), { government: true });
  const items = links ?? departmentNames(agency.region).flatMap((d, i) => [2024, 2023].map((y) => ({
    href: `/xxgk/nb/${y}/t${20250000 + i * 37 + y}.html`, title: `${d}${y}年政府信息公开工作年度报告`,
    date: `${y + 1}-01-${String(rng.int(5, 30)).padStart(2, '0')}`,
  })));
  const body = `<div class="list-box"><ul class="news-list">
${items.map((l) => `<li><a href="${esc(l.href)}" target="_blank" title="${esc(l.title)}">${esc(l.title)}</a><span class="date">${l.date}</span></li>`).join('\n')}
</ul>
<div class="page-nav">共${items.length}条　<a href="index.html">首页</a> <a href="index_1.html">下一页</a> <a href="index_5.html">尾页</a></div></div>`;
  return page(agency, '政府信息公开年报', items[0]?.date ?? '2025-01-20', body, rng.fork('chrome'), '政府信息公开年报', true);
}

/** the 国办 notice: its text, then the report format — six headings and the three tables with every value empty */
export function templateNoticePage(seed: number): string {
  const rng = makeRng(seed);
  const agency = pickAgency(rng.fork('agency'), { government: true });
  const form = buildDoc(generateReport(seed, { year: 2021 }));
  const parts = form.parts.filter((p) => p.kind === 'heading' && p.level === 1 || p.kind === 'table');
  const format = renderArticle({ ...form, parts }, 'word', { blankAll: true }, rng.fork('word'));
  const title = '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知';
  const body = `<p style="text-align:center">国办公开办函〔2021〕30号</p>
<p>各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：</p>
<p>为进一步规范政府信息公开工作年度报告的编制和发布，现将修订后的《中华人民共和国政府信息公开工作年度报告格式》印发给你们，请遵照执行。各地区、各部门要严格按照格式要求编制年度报告，于每年1月31日前向社会公布本行政机关上一年度政府信息公开工作年度报告，县级以上地方人民政府年度报告于每年3月31日前公布。年度报告中应当说明收取信息处理费的情况。</p>
<p>附件：中华人民共和国政府信息公开工作年度报告格式</p>
<p style="text-align:right">国务院办公厅政府信息与政务公开办公室</p>
<p style="text-align:right">2021年9月26日</p>
<p style="text-align:center"><strong>中华人民共和国政府信息公开工作年度报告格式</strong></p>
<p>（各级行政机关按此格式编制本机关年度报告，不得删减表格栏目。）</p>
${format}`;
  return page(agency, title, '2021-09-29', body, rng.fork('chrome'), '政策文件');
}

export function budgetPage(seed: number): string {
  const rng = makeRng(seed);
  const agency = pickAgency(rng.fork('agency'), { government: false });
  const year = rng.int(2022, 2025);
  const rows: Array<[string, number]> = [
    ['一、一般公共预算拨款收入', rng.int(800, 9000)], ['二、政府性基金预算拨款收入', rng.int(0, 500)], ['三、国有资本经营预算拨款收入', 0],
    ['四、事业收入', rng.int(0, 300)], ['五、事业单位经营收入', 0], ['六、其他收入', rng.int(0, 80)],
  ];
  const total = rows.reduce((s, [, v]) => s + v, 0);
  const spend: Array<[string, number]> = [['一般公共服务支出', Math.round(total * 0.3)], ['社会保障和就业支出', Math.round(total * 0.2)],
    ['卫生健康支出', Math.round(total * 0.1)], ['城乡社区支出', Math.round(total * 0.25)]];
  spend.push(['其他支出', total - spend.reduce((s, [, v]) => s + v, 0)]);
  const tr = (cells: Array<string | number>) => `<tr>${cells.map((c) => `<td>${esc(String(c))}</td>`).join('')}</tr>`;
  const title = `${agency.name}${year}年部门预算公开`;
  const body = `<p>根据《中华人民共和国预算法》和上级关于预算公开的要求，现将${agency.name}${year}年部门预算公开如下：</p>
<h2>第一部分 部门概况</h2><p>${agency.name}是主管全县相关工作的政府工作部门，内设机构${rng.int(5, 12)}个，下属事业单位${rng.int(1, 6)}个。</p>
<h2>第二部分 ${year}年部门预算表</h2>
<p style="text-align:center">收支预算总表</p><p style="text-align:right">单位：万元</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="2">收入</td><td colspan="2">支出</td></tr>
<tr><td>项目</td><td>预算数</td><td>项目</td><td>预算数</td></tr>
${rows.map(([k, v], i) => tr([k, v, spend[i]?.[0] ?? '', spend[i]?.[1] ?? ''])).join('\n')}
${tr(['收入总计', total, '支出总计', total])}
</table>
<h2>第三部分 ${year}年部门预算情况说明</h2>
<p>${year}年收支总预算${total}万元，比上年增加${rng.int(1, 200)}万元，主要原因是人员经费和项目支出增加。“三公”经费预算${rng.int(5, 60)}万元。</p>`;
  return page(agency, title, `${year}-02-${String(rng.int(1, 28)).padStart(2, '0')}`, body, rng.fork('chrome'), '部门预算');
}

export function newsPage(seed: number): string {
  const rng = makeRng(seed);
  const agency = pickAgency(rng.fork('agency'), { government: true });
  const year = rng.int(2022, 2025);
  const title = `${agency.region}召开${year}年政务公开工作推进会`;
  const body = `<p>${rng.int(2, 11)}月${rng.int(1, 28)}日，${agency.region}召开${year}年政务公开工作推进会，总结${year - 1}年全${agency.region.slice(-1)}政务公开工作，部署${year}年重点任务。</p>
<p>会议指出，${year - 1}年全${agency.region.slice(-1)}各级各部门认真落实《中华人民共和国政府信息公开条例》，按时发布政府信息公开工作年度报告，全年共主动公开政府信息${rng.int(3000, 20000)}条，共收到政府信息公开申请${rng.int(20, 300)}件，均在法定期限内答复。</p>
<p>会议强调，要聚焦政策解读、回应关切、平台建设和监督保障等重点，持续提升政务公开标准化规范化水平；要严格执行信息发布审核制度，确保发布信息准确无误。</p>
<p>${agency.region}政务公开领导小组成员单位负责同志，各乡镇（街道）分管负责同志参加会议。</p>`;
  return page(agency, title, `${year}-03-${String(rng.int(1, 28)).padStart(2, '0')}`, body, rng.fork('chrome'), '工作动态');
}

export function statisticsPage(seed: number): string {
  const rng = makeRng(seed);
  const agency = pickAgency(rng.fork('agency'), { government: true });
  const year = rng.int(2022, 2025);
  const indicators: Array<[string, string]> = [['地区生产总值', '亿元'], ['规模以上工业增加值', '亿元'], ['固定资产投资', '亿元'],
    ['社会消费品零售总额', '亿元'], ['一般公共预算收入', '亿元'], ['城镇居民人均可支配收入', '元'], ['农村居民人均可支配收入', '元'],
    ['金融机构各项存款余额', '亿元'], ['金融机构各项贷款余额', '亿元'], ['进出口总额', '万美元']];
  const rows = indicators.map(([k, u]) => {
    const v = u === '元' ? rng.int(15000, 60000) : Math.round(rng.next() * 50000) / 100;
    return `<tr><td>${k}</td><td>${u}</td><td>${v}</td><td>${(rng.next() * 12 - 2).toFixed(1)}</td></tr>`;
  });
  const title = `${year}年1-12月${agency.region}主要经济指标`;
  const body = `<p style="text-align:center">${title}</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th>指标名称</th><th>单位</th><th>1-12月累计</th><th>同比增长（%）</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
<p>注：1.地区生产总值增速按不变价格计算；2.部分指标因四舍五入，分项之和与总计略有出入。</p>
<p>数据来源：${agency.region}统计局</p>`;
  return page(agency, title, `${year + 1}-01-${String(rng.int(15, 30)).padStart(2, '0')}`, body, rng.fork('chrome'), '统计数据');
}

export function nonReportPage(kind: NonReportKind, seed: number): string {
  switch (kind) {
    case 'listing': return listingPage(seed);
    case 'template-notice': return templateNoticePage(seed);
    case 'budget': return budgetPage(seed);
    case 'news': return newsPage(seed);
    case 'statistics': return statisticsPage(seed);
  }
}
