// Notices about a scenario that came from a link or the browser's storage: what could not be read,
// in both languages, from the validation report or the link decoder's reason.
import { describeReport, type ValidationReport } from '../data/validate/report';
import type { Notice } from '../state/url/notices';

/** Notices for a report: its fatal reason, or one line per reason that dropped or fixed something. */
export function reportNotices(report: ValidationReport, what: 'link' | 'saved'): Notice[] {
  const en = describeReport(report, 'en');
  const zh = describeReport(report, 'zh');
  if (en.length === 0) return [];
  const intro =
    what === 'link'
      ? { en: 'The scenario in the link', zh: '链接中的情景' }
      : { en: 'A saved scenario', zh: '已保存的情景' };
  return [
    {
      code: report.fatalReason ? 'malformed' : 'dropped',
      key: 'sc',
      message: { en: `${intro.en}: ${en.join(' ')}`, zh: `${intro.zh}：${zh.join(' ')}` },
    },
  ];
}

export function linkUnreadableNotice(): Notice {
  return {
    code: 'malformed',
    key: 'sc',
    message: {
      en: 'The scenario in the link could not be read; the baseline is shown.',
      zh: '无法读取链接中的情景，已显示基准情况。',
    },
  };
}
