// Every string of the export menu in both languages; a missing translation is a type error.
import type { Bilingual } from '../../domain/lang';

export const EXPORT_MESSAGES = {
  exportGroup: { en: 'Export', zh: '导出' },
  png: { en: 'Map PNG', zh: '地图 PNG' },
  pngLabel: {
    en: 'Download the map as a PNG with legend, attribution, sources and licences',
    zh: '下载地图 PNG（含图例、署名、来源与许可）',
  },
  csv: { en: 'Scores CSV', zh: '评分 CSV' },
  csvLabel: {
    en: 'Download the region scores and indicators as CSV, with sources and licences',
    zh: '下载各地区评分与指标 CSV（含来源与许可）',
  },
  geojson: { en: 'Passing GeoJSON', zh: '达标要素 GeoJSON' },
  geojsonLabel: {
    en: 'Download the regions and sites that pass the current constraints as GeoJSON, with sources and licences',
    zh: '下载满足当前约束条件的地区和站点 GeoJSON（含来源与许可）',
  },
  pngTitle: { en: 'Compute Atlas — {dataset}', zh: '算力地图 — {dataset}' },
  notReady: { en: 'Available once the scores are computed.', zh: '评分计算完成后可用。' },
  failed: { en: 'Export failed: {reason}', zh: '导出失败：{reason}' },
} as const satisfies Record<string, Bilingual>;

export type ExportMessageKey = keyof typeof EXPORT_MESSAGES;
