// Site chrome around an article, as government CMSs serve it: head metadata, top bar, header, menus, breadcrumb,
// the 信息公开 metadata table (名称/索引号/发布机构/公开日期), sidebars, prev/next links and a footer full of links.
import { departmentNames, type Agency } from '../agencies';
import type { Rng } from '../prng';
import { esc } from './escape';

export interface ChromeInput {
  agency: Agency;
  title: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  /** the article's own markup */
  body: string;
  rng: Rng;
  /** the page is built from page-layout tables (old CMSs) instead of divs */
  layoutTables?: boolean;
  /** charset written in <meta> (the bytes are encoded elsewhere) */
  charset?: string;
  /** omit the metadata table (some sites show only a date line) */
  noMetaTable?: boolean;
  /** the column the page sits in (分类 in the metadata table, ColumnName) */
  category?: string;
}

const MENU: Array<[string, string[]]> = [
  ['首页', []],
  ['走进' , ['概况', '历史沿革', '自然地理', '行政区划', '人口民族', '经济发展', '文化旅游']],
  ['政务公开', ['政府信息公开指南', '政府信息公开制度', '法定主动公开内容', '政府信息公开年报', '政策文件', '政策解读', '人事信息', '财政预决算', '重点领域信息公开']],
  ['政务服务', ['个人办事', '法人办事', '部门服务', '便民服务', '好差评', '证照办理']],
  ['互动交流', ['书记信箱', '县长信箱', '网上调查', '在线访谈', '意见征集', '常见问题']],
  ['专题专栏', ['优化营商环境', '乡村振兴', '安全生产', '生态环境保护', '疫情防控', '民生实事']],
  ['数据开放', ['数据目录', '统计数据', '统计公报', '数据解读']],
];

const FRIENDS = ['中国政府网', '国务院部门网站', '省人民政府', '市人民政府', '省发展和改革委员会', '省教育厅', '省民政厅', '省财政厅',
  '省自然资源厅', '省生态环境厅', '省住房和城乡建设厅', '省交通运输厅', '省水利厅', '省农业农村厅', '省商务厅', '省卫生健康委员会'];

const CSS = `body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;font-size:14px;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#c00}.container{width:1200px;margin:0 auto}
.top-bar{height:36px;line-height:36px;background:#eee;font-size:12px}.header{height:150px;background:#b71c1c url(/images/banner.jpg) no-repeat center}
.nav{background:#9b1111}.nav>ul>li{float:left;width:14.28%;text-align:center;position:relative}.nav a{color:#fff;font-size:16px}
.nav .sub{display:none;position:absolute;background:#fff;z-index:99}.nav li:hover .sub{display:block}
.crumb{padding:12px 0;font-size:13px}.xxgk-info{width:100%;border-collapse:collapse;margin-bottom:20px}
.xxgk-info td,.xxgk-info th{border:1px solid #ddd;padding:6px 10px;font-size:13px}.xxgk-info th{background:#f2f2f2;width:90px}
.article{background:#fff;padding:30px 40px}.article h1{font-size:24px;text-align:center;color:#b71c1c;line-height:1.6}
.article .info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px;font-size:13px}
.article-body p{text-indent:2em;line-height:2;font-size:16px}.article-body table{border-collapse:collapse;margin:0 auto}
.article-body td,.article-body th{border:1px solid #000;padding:4px;font-size:13px;text-align:center}
.sidebar{float:left;width:230px}.main{float:right;width:950px}.footer{background:#8a1010;color:#fff;padding:20px 0;font-size:13px;line-height:2}
.footer a{color:#fff}.friend-links a{display:inline-block;margin:0 10px}.clearfix:after{content:"";display:block;clear:both}`;

const SCRIPT = `var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f3c1d7e9a2b4c6d8e0f1a2b3c4d5e6f";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
function doZoom(size){var el=document.getElementById("zoom");if(!el)return;el.style.fontSize=size+"px";var ps=el.getElementsByTagName("p");for(var i=0;i<ps.length;i++){ps[i].style.fontSize=size+"px";}}
function printPage(){window.print();}function closeWindow(){window.opener=null;window.open("","_self");window.close();}
$(function(){$(".nav li").hover(function(){$(this).find(".sub").stop().slideDown(200);},function(){$(this).find(".sub").stop().slideUp(200);});
var d=new Date();var w=["日","一","二","三","四","五","六"];$("#today").text(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);});`;

const link = (href: string, text: string) => `<a href="${esc(href)}" target="_blank" title="${esc(text)}">${esc(text)}</a>`;

function menu(a: Agency): string {
  return MENU.map(([top, subs], i) =>
    `<li class="nav${i}">${link(`/${i ? `col${i}` : 'index'}.html`, top === '走进' ? `走进${a.region}` : top)}` +
    (subs.length ? `<ul class="sub">${subs.map((s, j) => `<li>${link(`/col${i}/col${i}_${j}/index.html`, s)}</li>`).join('')}</ul>` : '') + '</li>').join('\n');
}

function metaTable(input: ChromeInput, index: string): string {
  const { agency, title, publishedAt } = input;
  return `<table class="xxgk-info" cellspacing="0" cellpadding="0">
<tr><th>名称</th><td colspan="3">${esc(title)}</td></tr>
<tr><th>索引号</th><td>${index}</td><th>分类</th><td>${esc(input.category ?? '政府信息公开年报')}</td></tr>
<tr><th>发布机构</th><td>${esc(agency.name)}</td><th>公开日期</th><td>${publishedAt}</td></tr>
<tr><th>文号</th><td></td><th>有效性</th><td>有效</td></tr>
<tr><th>主题分类</th><td colspan="3">综合政务\\政务公开</td></tr>
</table>`;
}

function sidebar(a: Agency, rng: Rng): string {
  const items = departmentNames(a.region).map((d, i) => `<li>${link(`/xxgk/dept${i}/index.html`, d)}</li>`).join('\n');
  return `<div class="sidebar"><div class="box"><h3>信息公开目录</h3><ul class="tree">
<li>${link('/xxgk/zn/index.html', '政府信息公开指南')}</li><li>${link('/xxgk/zd/index.html', '政府信息公开制度')}</li>
<li>${link('/xxgk/nb/index.html', '政府信息公开年报')}</li><li>${link('/xxgk/fdzdgk/index.html', '法定主动公开内容')}</li>
</ul></div><div class="box"><h3>部门信息公开</h3><ul class="dept-list">\n${items}\n</ul></div>${hotList(a, rng)}</div>`;
}

const NEWS = ['召开全县优化营商环境工作推进会', '开展安全生产大检查', '部署冬春季森林防火工作', '举办政务公开业务培训班',
  '召开政府常务会议', '推进乡村振兴重点项目建设', '开展“我为群众办实事”实践活动', '召开民生实事项目推进会', '开展消费品质量安全抽检',
  '举行重点项目集中开工仪式', '召开防汛抗旱工作会议', '开展“双随机、一公开”联合检查'];

/** the "热点推荐" box most article pages carry */
function hotList(a: Agency, rng: Rng): string {
  const items = rng.shuffle(NEWS).map((n, i) =>
    `<li><span class="date">${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}</span>${link(`/xwzx/${i}.html`, a.region + n)}</li>`);
  return `<div class="box hot"><h3>热点推荐</h3><ul>\n${items.join('\n')}\n</ul></div>`;
}

function footer(a: Agency, rng: Rng): string {
  const friends = FRIENDS.map((f, i) => link(`http://www.example-gov-${i}.gov.cn/`, f)).join('\n');
  const depts = departmentNames(a.region).slice(0, 12).map((d, i) => link(`/bm/${i}/index.html`, d)).join('\n');
  return `<div class="friend-links container"><span>友情链接：</span>\n${friends}\n</div>
<div class="friend-links container"><span>部门网站：</span>\n${depts}\n</div>
<div class="footer"><div class="container">
<p>${link('/sitemap.html', '网站地图')} | ${link('/contact.html', '联系我们')} | ${link('/statement.html', '网站声明')} | ${link('/jiucuo.html', '政府网站找错')}</p>
<p>主办单位：${esc(a.site)}办公室　　承办单位：${esc(a.region)}大数据中心　　地址：${esc(a.address)}</p>
<p>网站标识码：${rng.int(3601000000, 3699999999)}　　ICP备案号：赣ICP备${rng.int(10000000, 19999999)}号-1　　公安机关备案号：${rng.int(36010002000000, 36999999999999)}</p>
<p>联系电话：${esc(a.phone)}　　建议使用1920×1080分辨率浏览本站</p>
</div></div>`;
}

export function wrapPage(input: ChromeInput): string {
  const { agency: a, title, publishedAt, body, rng } = input;
  const index = `${rng.int(11360000, 11369999)}${rng.pick(['MB', 'K'])}${rng.int(1000, 9999)}/${publishedAt.slice(0, 4)}-${String(rng.int(1, 999)).padStart(5, '0')}`;
  const reportYear = Number(publishedAt.slice(0, 4)) - 1;
  const prev = `${a.region}${rng.pick(['财政局', '教育局', '民政局'])}${reportYear}年政府信息公开工作年度报告`;
  const next = `${a.region}${rng.pick(['商务局', '水利局', '统计局'])}${reportYear}年政府信息公开工作年度报告`;
  const article = `<div class="article">
<h1 class="article-title">${esc(title)}</h1>
<div class="info">发布时间：${publishedAt} ${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}　来源：${esc(a.name)}　浏览次数：<span id="views">${rng.int(30, 2000)}</span>　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="article-body" id="zoom">
${body}
</div>
<div class="tools"><a href="javascript:printPage()">【打印本页】</a> <a href="javascript:closeWindow()">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：${link('/xxgk/nb/prev.html', prev)}</p><p>下一篇：${link('/xxgk/nb/next.html', next)}</p></div>
</div>`;
  const meta = input.noMetaTable ? '' : metaTable(input, index);
  const crumb = `<div class="crumb container">当前位置：${link('/index.html', '首页')} &gt; ${link('/col2/index.html', '政务公开')} &gt; ${link('/xxgk/nb/index.html', '政府信息公开年报')}</div>`;
  const head = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${input.charset ?? 'utf-8'}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(title)}_${esc(a.site)}</title>
<meta name="SiteName" content="${esc(a.site)}">
<meta name="SiteDomain" content="${a.domain}">
<meta name="ColumnName" content="${esc(input.category ?? '政府信息公开年报')}">
<meta name="ArticleTitle" content="${esc(title)}">
<meta name="PubDate" content="${publishedAt} 09:30">
<meta name="ContentSource" content="${esc(a.name)}">
<meta name="keywords" content="${esc(input.category ?? '政府信息公开,年度报告')},${esc(a.name)}">
<link rel="stylesheet" href="/css/common.css">
<style>
${CSS}
</style>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>
${SCRIPT}
</script>
</head>`;
  const top = `<div class="top-bar"><div class="container"><span id="today"></span>
<span class="fr">${link('javascript:void(0)', '无障碍浏览')} | ${link('javascript:void(0)', '长者模式')} | ${link('/login.html', '登录')} | ${link('/en/index.html', 'English')}</span></div></div>
<div class="header"><div class="container"><div class="logo"><img src="/images/logo.png" alt="${esc(a.site)}"></div>
<form class="search" action="/search/index.html" method="get"><input type="text" name="q" placeholder="请输入搜索关键词"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul class="container clearfix">
${menu(a)}
</ul></div>`;
  if (input.layoutTables) {
    return `${head}
<body>
<table width="1200" border="0" align="center" cellpadding="0" cellspacing="0" class="page">
<tr><td colspan="2">${top}</td></tr>
<tr><td colspan="2">${crumb}</td></tr>
<tr><td width="230" valign="top">${sidebar(a, rng)}</td>
<td valign="top">${meta}
${article}</td></tr>
<tr><td colspan="2">${footer(a, rng)}</td></tr>
</table>
</body>
</html>
`;
  }
  return `${head}
<body>
${top}
${crumb}
<div class="container clearfix">
${sidebar(a, rng)}
<div class="main">
${meta}
${article}
</div>
</div>
${footer(a, rng)}
</body>
</html>
`;
}
