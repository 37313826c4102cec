// The four subsystems of the coupling coordination model: compute (算), power (电), network (网)
// and data/demand (数), in display order.
import type { Bilingual } from '../lang';

export const SUBSYSTEMS = ['compute', 'power', 'network', 'data'] as const;
export type Subsystem = (typeof SUBSYSTEMS)[number];

export const SUBSYSTEM_LABELS: Readonly<Record<Subsystem, Bilingual>> = {
  compute: { en: 'Compute', zh: '算力' },
  power: { en: 'Power', zh: '电力' },
  network: { en: 'Network', zh: '网络' },
  data: { en: 'Data and demand', zh: '数据与需求' },
};
