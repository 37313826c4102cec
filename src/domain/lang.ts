// The two languages of the app and a bilingual label type used by every table of labels.
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

/** The feature's name in the language, falling back to the other one. */
export function localName(feature: { name: string; nameZh?: string }, lang: Lang): string {
  return lang === 'zh' && feature.nameZh ? feature.nameZh : feature.name;
}
