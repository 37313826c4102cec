// Strings of the share and reset controls and of the notices, in both languages.
import type { Bilingual } from '../../domain/lang';

export const SHARE_MESSAGES = {
  share: { en: 'Share', zh: '分享' },
  shareLabel: { en: 'Share this view as a link', zh: '以链接分享当前视图' },
  link: { en: 'Link to this view', zh: '当前视图链接' },
  copy: { en: 'Copy link', zh: '复制链接' },
  copied: { en: 'Link copied', zh: '已复制链接' },
  copyFailed: { en: 'Copy failed: select the link and copy it', zh: '复制失败：请手动选择并复制' },
  qr: { en: 'QR code of the link', zh: '链接二维码' },
  embed: { en: 'Embed snippet', zh: '嵌入代码' },
  reset: { en: 'Reset view', zh: '重置视图' },
  resetLabel: {
    en: 'Reset weights, filters, layers and camera to the defaults',
    zh: '将权重、筛选、图层和视角恢复为默认',
  },
  dismiss: { en: 'Dismiss', zh: '关闭提示' },
} as const satisfies Record<string, Bilingual>;
