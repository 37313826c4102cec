// Bilingual names of the enumerated values a record holds (fuel, kind, status…), keyed by field:
// the map families name their own values (VALUE_LABELS); statuses and verification levels, shared
// by every family, are named here.
import type { Bilingual, Lang } from '../domain/lang';
import { VALUE_LABELS } from '../map/layerFamilies';

const STATUS_LABELS: Readonly<Record<string, Bilingual>> = {
  operating: { en: 'Operating', zh: '运行中' },
  partially_operating: { en: 'Partly operating', zh: '部分投运' },
  under_construction: { en: 'Under construction', zh: '在建' },
  planned: { en: 'Planned', zh: '规划中' },
  retired: { en: 'Retired', zh: '已退役' },
  unknown: { en: 'Unknown', zh: '未知' },
};

const VERIFIED_LABELS: Readonly<Record<string, Bilingual>> = {
  'source-checked': { en: 'Checked against its source', zh: '已核对来源' },
  recalled: { en: 'Recalled, not re-checked', zh: '凭记忆整理，未核对' },
  mixed: { en: 'Partly checked', zh: '部分核对' },
};

const SHARED_LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  status: STATUS_LABELS,
  verified: VERIFIED_LABELS,
};

/** The value's name in `lang` when `field` is enumerated and knows it; otherwise the value itself. */
export function enumLabel(field: string, value: string, lang: Lang): string {
  const label = VALUE_LABELS[field]?.[value] ?? SHARED_LABELS[field]?.[value];
  return label?.[lang] ?? value;
}
