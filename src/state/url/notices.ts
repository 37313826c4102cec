// What the URL decoder tells the user when a link was not taken exactly as written: a code to test
// against and a message in both languages. Decoding never throws; it reports through these.
import type { Bilingual } from '../../domain/lang';

export const NOTICE_CODES = [
  'hash-truncated',
  'bad-encoding',
  'malformed',
  'clamped',
  'dropped',
  'migrated',
  'newer-version',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface Notice {
  readonly code: NoticeCode;
  /** The URL key concerned, when the notice is about one key. */
  readonly key?: string;
  readonly message: Bilingual;
}

type MessageFor = (what: Bilingual) => Bilingual;

const MESSAGES: Readonly<Record<NoticeCode, MessageFor>> = {
  'hash-truncated': () => ({
    en: 'The link was too long; only its beginning was read.',
    zh: '链接过长，只读取了开头部分。',
  }),
  'bad-encoding': (what) => ({
    en: `The ${what.en} in the link was garbled; the default is used.`,
    zh: `链接中的${what.zh}编码有误，已使用默认值。`,
  }),
  malformed: (what) => ({
    en: `The ${what.en} in the link was not understood; the default is used.`,
    zh: `无法识别链接中的${what.zh}，已使用默认值。`,
  }),
  clamped: (what) => ({
    en: `The ${what.en} in the link was out of range and has been adjusted.`,
    zh: `链接中的${what.zh}超出范围，已调整。`,
  }),
  dropped: (what) => ({
    en: `Some entries of the ${what.en} in the link are unknown and were left out.`,
    zh: `链接中的${what.zh}含有未知项，已忽略。`,
  }),
  migrated: () => ({
    en: 'The link comes from an earlier version and has been updated.',
    zh: '该链接来自早期版本，已自动更新。',
  }),
  'newer-version': () => ({
    en: 'The link comes from a newer version; what this version understands has been opened.',
    zh: '该链接来自更新的版本，已打开本版本能识别的部分。',
  }),
};

const THE_LINK: Bilingual = { en: 'link', zh: '链接' };

/** A notice with its bilingual message; `what` names the part of the state it is about. */
export function makeNotice(code: NoticeCode, key?: string, what: Bilingual = THE_LINK): Notice {
  const message = MESSAGES[code](what);
  return key === undefined ? { code, message } : { code, key, message };
}
