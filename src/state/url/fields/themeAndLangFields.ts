// Base theme as `t=l|d` and language as `l=zh|en`.
import { enumField } from './enumField';

export const themeField = enumField(
  'theme',
  't',
  { en: 'theme', zh: '主题' },
  { light: 'l', dark: 'd' },
);

export const langField = enumField(
  'lang',
  'l',
  { en: 'language', zh: '语言' },
  { zh: 'zh', en: 'en' },
);
