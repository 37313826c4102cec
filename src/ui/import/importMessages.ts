// Every string of the "Add data" UI in both languages, in one typed table: a missing translation is
// a type error. `{name}` placeholders are filled by `fillMessage`.
import { fillMessage } from '../i18n/fillMessage';
import type { Bilingual, Lang } from '../../domain/lang';
import type { MappingRole } from '../../data/importers/suggestMapping';

export const IMPORT_MESSAGES = {
  addData: { en: 'Add data', zh: '添加数据' },
  addDataLabel: {
    en: 'Add data from a file (GeoJSON, CSV with coordinates, WRI, TeleGeography, cloud regions)',
    zh: '从文件添加数据（GeoJSON、带坐标的 CSV、WRI、TeleGeography、云区域）',
  },
  dropHere: { en: 'Drop the file to add it to the map', zh: '松开鼠标即可将文件添加到地图' },
  dropZone: { en: 'Drop a data file on the map', zh: '将数据文件拖放到地图上' },
  reading: { en: 'Reading {file}…', zh: '正在读取 {file}…' },
  adding: { en: 'Adding {file}…', zh: '正在添加 {file}…' },
  cancel: { en: 'Cancel', zh: '取消' },
  cancelImport: { en: 'Cancel the import', zh: '取消导入' },
  confirm: { en: 'Add to the map', zh: '添加到地图' },
  dialogTitle: { en: 'Add “{file}”', zh: '添加“{file}”' },
  format: { en: 'Read as', zh: '识别为' },
  formatGeojson: { en: 'GeoJSON', zh: 'GeoJSON' },
  formatCsv: { en: 'CSV with coordinates', zh: '带坐标的 CSV' },
  targetLayer: { en: 'Layer', zh: '图层' },
  layerName: { en: 'Name in the layer list', zh: '图层列表中的名称' },
  mapping: { en: 'Columns', zh: '列对应' },
  noColumn: { en: '(none)', zh: '（无）' },
  licence: { en: 'Licence', zh: '许可' },
  attribution: { en: 'Attribution (source)', zh: '署名（来源）' },
  licenceHint: {
    en: 'Shown with the layer and in every export.',
    zh: '将随图层及每次导出一并显示。',
  },
  report: { en: 'Checks', zh: '校验结果' },
  kept: { en: '{n} features kept', zh: '保留 {n} 个要素' },
  examples: { en: 'e.g.', zh: '例如' },
  warnings: { en: 'Notes', zh: '说明' },
  cancelled: { en: 'Import cancelled; nothing was changed.', zh: '导入已取消，未做任何更改。' },
  failed: {
    en: 'Could not add “{file}”: {reason} Nothing already loaded was changed.',
    zh: '无法添加“{file}”：{reason} 已加载的数据未受影响。',
  },
  workerFailed: { en: 'the import stopped ({reason}).', zh: '导入中断（{reason}）。' },
  noneFit: {
    en: 'None of the {n} features fits the layer {layer}; choose another layer.',
    zh: '{n} 个要素均不适合图层“{layer}”，请选择其他图层。',
  },
  added: { en: 'Added {n} features from “{file}”.', zh: '已从“{file}”添加 {n} 个要素。' },
  addedDropped: {
    en: 'Added {n} features from “{file}”; {d} did not fit the layer.',
    zh: '已从“{file}”添加 {n} 个要素；{d} 个不适合该图层。',
  },
  addedLayers: { en: 'Added layers', zh: '已添加的图层' },
  noAddedLayers: {
    en: 'Layers you add from files are listed here.',
    zh: '从文件添加的图层将列在这里。',
  },
  features: { en: 'features', zh: '个要素' },
  noLicence: { en: 'licence not stated', zh: '未注明许可' },
  remove: { en: 'Remove', zh: '移除' },
  removeLayer: { en: 'Remove the layer “{name}”', zh: '移除图层“{name}”' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  remoteTitle: { en: 'Open a dataset from another site?', zh: '打开来自其他网站的数据集？' },
  remoteBody: {
    en: 'The link asks to load data from {origin}. That site will see your request. Open it only if you trust it.',
    zh: '该链接要求从 {origin} 加载数据，该网站将收到你的请求。仅在信任该网站时打开。',
  },
  remoteOpen: { en: 'Open that dataset', zh: '打开该数据集' },
  remoteDefault: { en: 'Use the default dataset', zh: '使用默认数据集' },
} as const satisfies Record<string, Bilingual>;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;

/** Labels of the schema properties a generic file's columns can be mapped to. */
export const ROLE_LABELS: Readonly<Record<MappingRole, Bilingual>> = {
  id: { en: 'Id', zh: '编号' },
  name: { en: 'Name', zh: '名称' },
  name_zh: { en: 'Chinese name', zh: '中文名称' },
  capacity_mw: { en: 'Capacity (MW)', zh: '容量（兆瓦）' },
  operator: { en: 'Operator', zh: '运营商' },
  status: { en: 'Status', zh: '状态' },
  year: { en: 'Year', zh: '年份' },
  fuel: { en: 'Fuel', zh: '燃料' },
  kind: { en: 'Kind', zh: '类型' },
  voltage_kv: { en: 'Voltage (kV)', zh: '电压（千伏）' },
  notes: { en: 'Notes', zh: '备注' },
};

/** A message in both languages with its placeholders filled (params may differ per language). */
export function bilingual(
  key: ImportMessageKey,
  params: (lang: Lang) => Readonly<Record<string, string | number>> = () => ({}),
): Bilingual {
  return {
    en: fillMessage(IMPORT_MESSAGES[key].en, params('en')),
    zh: fillMessage(IMPORT_MESSAGES[key].zh, params('zh')),
  };
}
