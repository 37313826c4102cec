// Links a source may not cite: bare IP addresses, Telegram reposts, dynamic-DNS hosts and the
// mirror/aggregator copies the 2026-12 source audit removed (data/sources/PROVENANCE.md). The build
// strips any such link from a feature's source, saying so, and the data tests check both.

/**
 * Hosts the source audit removed (data/sources/PROVENANCE.md, datacentres.csv, "Source audit":
 * "IP-address hosts, dynamic-DNS hosts, Telegram reposts, copy sites … and machine-generated
 * summary sites"). The named domains are those the recalled data-centre rows give as their dropped
 * earlier source; a test below keeps this list complete.
 */
export const BANNED_HOSTS: readonly {
  readonly why: string;
  readonly test: (host: string) => boolean;
}[] = [
  { why: 'bare IP address', test: (h) => /^\d{1,3}(\.\d{1,3}){3}$/.test(h) || h.startsWith('[') },
  { why: 'Telegram repost', test: (h) => /^(t\.me|telegram\.me|telegram\.org)$/.test(h) },
  {
    why: 'dynamic-DNS host',
    test: (h) =>
      /(^|\.)(iask\.in|oicp\.(net|io)|vicp\.(net|cc|io)|3322\.org|f3322\.(net|org)|8866\.org|gnway\.(cc|net)|ddns\.net|no-ip\.(org|biz|com)|duckdns\.org|dyndns\.org|hopto\.org|zapto\.org)$/.test(
        h,
      ),
  },
  {
    why: 'mirror or aggregator removed by the source audit',
    test: (h) => REMOVED_MIRRORS.some((d) => h === d || h.endsWith(`.${d}`)),
  },
];

/** Domains named as removed mirror/aggregator copies in datacentres.csv (without www. or m.). */
export const REMOVED_MIRRORS = (
  '11946.cn 123renwu.com 365ljcf.com 8d4o.com 10100.com aijishu.com aqiusha.com baxtel.com ' +
  'bdfblog.com beian.lu0.com cfenews.com cloud.kd.cn cloud7.news cloudgateway.asia d9book.com ' +
  'dc-se.com dignews.cc dtdata.cn duobangwang.com e-gov.org.cn ecbnnews.com ee-paper.com ' +
  'freshrice365.com gameec.cn gyrsmy.cn hbsztv.com hfnxjk.com idcdaohang.com ikuju.com ' +
  'jiangsulong.com jianhong365.com jiaodian.eeju.com kcqsx.com kdwc.cn kfterminal.com kjcyd.cn ' +
  'ksrykj.com kzwr.com liananhui.com 163.com minshangjie.com nbiota.com news.43b.com.cn ' +
  'nxhuan.com one124.com pecchrd.com qishishuwu.com r5u5c.cn reportify.ai ' +
  'scjjzx.hrnewspaper.com sdedu.cc senqingzn.com shadafang.com sosol.com.cn stcca.com.cn ' +
  'tjjmwy.com uibim.com verystreamtv.com wanhu888.com ww01.net xinzixun.cn xueqiu.com ykzhn.com'
)
  .split(' ')
  .filter((d) => d !== '');

export const URL_PATTERN = /https?:\/\/[^\s;,()"'<>]+/g;

/** The host of a URL, lower case, without port, user or a leading www. or m. */
export function hostOf(url: string): string {
  const authority = url.replace(/^https?:\/\//, '').split(/[/?#]/)[0] ?? '';
  const host = authority.split('@').pop() ?? '';
  return host
    .replace(/:\d+$/, '')
    .toLowerCase()
    .replace(/^(www|m)\./, '');
}

/** "why: url" for each link in the text to a banned host. */
export function bannedLinks(text: string): string[] {
  return [...text.matchAll(URL_PATTERN)].flatMap(([url]) => {
    const rule = BANNED_HOSTS.find((b) => b.test(hostOf(url)));
    return rule ? [`${rule.why}: ${url}`] : [];
  });
}

/** The text with every banned link replaced by a note naming its host; the hosts removed. */
export function withoutBannedLinks(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const cleaned = text.replace(URL_PATTERN, (url) => {
    if (!BANNED_HOSTS.some((b) => b.test(hostOf(url)))) return url;
    removed.push(hostOf(url));
    return `(mirror link removed: ${hostOf(url)})`;
  });
  return { text: cleaned, removed };
}
