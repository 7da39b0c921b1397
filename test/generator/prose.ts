// The report's prose: realistic sentences around the few figures the checker compares with the tables.
import type { Report } from './report';
import type { Rng } from './prng';

const DOCS = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const;

export const zhDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

export function opening(r: Report): string {
  const a = r.agency;
  return `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${DOCS[r.template]}）要求，${a.name}编制了${r.text.bodyYear}年度政府信息公开工作年度报告。本报告所列数据的统计期限自${r.text.bodyYear}年1月1日起至${r.text.bodyYear}年12月31日止。本报告电子版可在“${a.site}”门户网站（http://${a.domain}/）查阅或下载。如对本报告有任何疑问，请与${a.name}办公室联系（地址：${a.address}，邮编：${a.postcode}，电话：${a.phone}）。`;
}

export function overview(r: Report, rng: Rng): string {
  const a = r.agency;
  return rng.pick([
    `${r.text.bodyYear}年，${a.name}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，认真执行《条例》，围绕${a.region}中心工作，持续深化政务公开，不断提升政府信息公开工作质量。现将有关情况报告如下：`,
    `${r.text.bodyYear}年，${a.self}认真贯彻落实上级关于政务公开工作的部署要求，以公开为常态、不公开为例外，进一步健全工作机制，拓展公开渠道，政府信息公开工作取得新成效。`,
  ]);
}

export function proactive(r: Report, rng: Rng): string {
  const total = rng.int(120, 900);
  return `全年通过${r.agency.site}门户网站、政务新媒体等渠道主动公开政府信息${total}条，其中政策文件${rng.int(3, 30)}件、政策解读${rng.int(2, 20)}篇、工作动态${rng.int(40, 300)}条，及时公开财政预决算、权责清单、“双随机、一公开”等重点领域信息。`;
}

/** the sentence the narrative check compares with row 一 */
export function applications(r: Report, rng: Rng): string {
  const n = r.text.applications;
  const y = r.text.bodyYear;
  const self = r.agency.self;
  if (n === 0) return `${y}年，${self}未收到政府信息公开申请。`;
  return rng.pick([
    `${y}年，${self}共收到政府信息公开申请${n}件，均在法定期限内予以答复。`,
    `${y}年度，${self}共收到依申请公开${n}件，已全部按期办结，未出现超期答复情况。`,
    `全年新收到政府信息公开申请${n}件，均依法依规作出答复。`,
  ]);
}

export const NO_REVIEW = '全年未发生政府信息公开行政复议、行政诉讼案件。';

export function management(rng: Rng): string {
  return `严格落实信息发布“三审三校”和保密审查制度，全年组织开展政府信息公开业务培训${rng.int(1, 6)}次，排查整改网站栏目${rng.int(2, 15)}个，确保公开信息准确规范。`;
}

export function platforms(r: Report, rng: Rng): string {
  return `持续优化门户网站政府信息公开专栏，规范“${r.agency.government ? `${r.agency.region}发布` : r.agency.name}”政务新媒体账号管理，全年通过政务新媒体发布信息${rng.int(50, 600)}条，政府信息公开平台的集约化水平不断提高。`;
}

export function oversight(rng: Rng): string {
  return rng.pick([
    '将政务公开工作纳入年度目标管理考核，明确分管领导和专职工作人员，定期开展自查，全年未发生因政府信息公开工作引发的责任追究情况。',
    '主动接受社会监督，畅通意见建议渠道，认真办理网民留言，及时回应社会关切，政务公开监督保障机制进一步健全。',
  ]);
}

export function problems(r: Report): string {
  const s = r.agency.self;
  return `${r.text.bodyYear}年，${s}政府信息公开工作取得了一定成效，但也存在一些不足：一是政策解读形式较为单一，图解、视频等解读方式运用不多；二是部分栏目信息更新不够及时。下一步，${s}将进一步加强业务培训，丰富政策解读形式，落实栏目更新责任，不断提升政府信息公开工作水平。`;
}

/** whether 信息处理费 were collected (required from the 2021 template on) */
export function feeStatement(r: Report, rng: Rng): string {
  return rng.pick([
    `${r.text.bodyYear}年度，${r.agency.self}未收取信息处理费。`,
    `依据《政府信息公开信息处理费管理办法》，${r.text.bodyYear}年${r.agency.self}未收取政府信息公开信息处理费。`,
    `本年度${r.agency.self}政府信息公开未发生收取信息处理费情况。`,
  ]);
}

export function proposals(r: Report, rng: Rng): string {
  return `${r.text.bodyYear}年，${r.agency.self}共承办人大代表建议${rng.int(0, 25)}件、政协委员提案${rng.int(0, 30)}件，均已按期办结，办结率100%。`;
}

export function keyPoints(r: Report): string {
  return `认真落实${r.text.bodyYear}年政务公开工作要点，围绕优化营商环境、民生保障等重点领域加大信息公开力度，各项工作任务均已按要求完成。`;
}
