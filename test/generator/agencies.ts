// Who publishes the report: an agency of a county, district or city, and the site that hosts it.
import type { Rng } from './prng';

export interface Agency {
  /** full name as the title writes it, e.g. 泰和县工业和信息化局 */
  name: string;
  /** how the body refers to itself: 我局, 我委, 本机关, 县政府 */
  self: string;
  /** a 县级以上人民政府 reporting as a whole (deadline 31 March) rather than a department (31 January) */
  government: boolean;
  region: string;
  /** the host site's name, e.g. 泰和县人民政府 */
  site: string;
  domain: string;
  address: string;
  phone: string;
  postcode: string;
}

const REGIONS: Array<[string, string]> = [
  ['泰和县', 'taihe'], ['临川区', 'linchuan'], ['安丘市', 'anqiu'], ['新沂市', 'xinyi'], ['宁乡市', 'ningxiang'],
  ['西华县', 'xihua'], ['金湖县', 'jinhu'], ['高青县', 'gaoqing'], ['永修县', 'yongxiu'], ['恩阳区', 'enyang'],
  ['武宁县', 'wuning'], ['德兴市', 'dexing'], ['睢宁县', 'suining'], ['汝州市', 'ruzhou'], ['桐庐县', 'tonglu'],
];

const DEPARTMENTS: Array<[string, string]> = [
  ['发展和改革局', '我局'], ['工业和信息化局', '我局'], ['教育局', '我局'], ['民政局', '我局'], ['财政局', '我局'],
  ['人力资源和社会保障局', '我局'], ['自然资源局', '我局'], ['住房和城乡建设局', '我局'], ['交通运输局', '我局'],
  ['水利局', '我局'], ['农业农村局', '我局'], ['商务局', '我局'], ['文化广电和旅游局', '我局'],
  ['卫生健康委员会', '我委'], ['市场监督管理局', '我局'], ['医疗保障局', '我局'], ['应急管理局', '我局'],
  ['统计局', '我局'], ['司法局', '我局'], ['退役军人事务局', '我局'],
];

const STREETS = ['人民路', '建设路', '解放大道', '府前街', '政通路', '文化路', '振兴大道', '行政中心路'];

export function pickAgency(rng: Rng, opts: { government?: boolean } = {}): Agency {
  const [region, slug] = rng.pick(REGIONS);
  const government = opts.government ?? rng.chance(0.15);
  const [dept, self] = government ? ['人民政府', region.endsWith('区') ? '区政府' : region.endsWith('市') ? '市政府' : '县政府'] : rng.pick(DEPARTMENTS);
  return {
    name: region + dept,
    self: rng.chance(0.2) && !government ? '本机关' : self,
    government,
    region,
    site: `${region}人民政府`,
    domain: `www.${slug}.gov.cn`,
    address: `${region}${rng.pick(STREETS)}${rng.int(1, 299)}号`,
    phone: `0${rng.int(310, 919)}-${rng.int(2000000, 8999999)}`,
    postcode: String(rng.int(100, 860) * 1000 + rng.int(0, 999)).padStart(6, '0'),
  };
}

/** names of other departments, for the site's link lists */
export const departmentNames = (region: string) => DEPARTMENTS.map(([d]) => region + d);
