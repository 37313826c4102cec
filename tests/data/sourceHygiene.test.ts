// Source hygiene of the fact tables and of every feature's `source`: no link to a bare IP address,
// Telegram, a dynamic-DNS host or a mirror/aggregator the 2026-12 source audit removed, and no
// `source-checked` row without an http(s) URL. Only rows PROVENANCE.md explains are allowed.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/buildData/csv';
import { DATA_DIR, layer, manifest } from './committedData';

/**
 * Hosts the source audit removed (data/sources/PROVENANCE.md, datacentres.csv, "Source audit":
 * "IP-address hosts, dynamic-DNS hosts, Telegram reposts, copy sites … and machine-generated
 * summary sites"). The named domains are those the recalled data-centre rows give as their dropped
 * earlier source; a test below keeps this list complete.
 */
const BANNED_HOSTS: readonly { readonly why: string; readonly test: (host: string) => boolean }[] =
  [
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
const REMOVED_MIRRORS = (
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

/**
 * Rows that break a rule but that PROVENANCE.md explains, each with its words. Keys are
 * "table id" (a feature of the same id is allowed too).
 */
const EXPLAINED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['FB-D3', 'FB-D4', 'FB-D5', 'FB-D6'].map((id) => [
      `fibre_corridors ${id}`,
      'PROVENANCE, fibre_corridors.csv: "The remaining reprint URLs in FB-D2, D3–D7, O8 and I1–I12 should be replaced by the originals … when they can be retrieved."',
    ]),
  ),
};

/** `source-checked` rows without a URL that PROVENANCE.md explains, matched by their source text. */
const EXPLAINED_WITHOUT_URL: readonly { readonly source: RegExp; readonly why: string }[] = [
  {
    source: /^GEM Global (Coal Plant|Hydropower|Nuclear Power) Tracker/,
    why: 'PROVENANCE, major_power_plants.csv: main source the GEM trackers, "taken from the xlsx files published in GitHub boli9301/Open-Source-Chinese-Electric-Power-System-Data, commit a52063fa…"; the row cites the tracker release and its unit or location id',
  },
  {
    source: /^Tang Boyang \(汤博阳\), "八纵八横干线网筑起中国通信业的脊梁"/,
    why: 'PROVENANCE, fibre_corridors.csv: "Where the original outlet is known, the source names it (e.g. Tang Boyang article …) and the reprint URL is dropped."',
  },
];

/**
 * OPEN: rows that break a rule and that PROVENANCE.md does NOT explain. They are not fixed by hand;
 * they are reported, and the expected-failure test below turns red once the table is fixed.
 */
const OPEN: readonly string[] = [
  'HUB-JJJ',
  'HUB-YRD',
  'HUB-GBA',
  'HUB-CY',
  'HUB-NM',
  'HUB-GZ',
  'HUB-GS',
  'HUB-NX',
].map((id) => `hubs ${id}`);

const URL = /https?:\/\/[^\s;,()"'<>]+/g;

/** The host of a URL, lower case, without port, user or a leading www. or m. */
function hostOf(url: string): string {
  const authority = url.replace(/^https?:\/\//, '').split(/[/?#]/)[0] ?? '';
  const host = authority.split('@').pop() ?? '';
  return host
    .replace(/:\d+$/, '')
    .toLowerCase()
    .replace(/^(www|m)\./, '');
}

/** "why: url" for each link in the text to a banned host. */
function bannedLinks(text: string): string[] {
  return [...text.matchAll(URL)].flatMap(([url]) => {
    const rule = BANNED_HOSTS.find((b) => b.test(hostOf(url)));
    return rule ? [`${rule.why}: ${url}`] : [];
  });
}

interface Checked {
  readonly key: string;
  readonly source: string;
  readonly text: string;
  readonly verified?: string;
}

const TABLES = readdirSync(resolve(DATA_DIR, 'sources')).filter((f) => f.endsWith('.csv'));
const rows: Checked[] = TABLES.flatMap((file) =>
  readCsv(resolve(DATA_DIR, 'sources', file)).map((row) => ({
    key: `${file.replace('.csv', '')} ${row.id ?? row.gem_phase_id ?? `${row.iso_code} ${row.year ?? ''}`.trim()}`,
    source: row.source ?? row.gem_wiki_url ?? '',
    text: Object.values(row).join(' '),
    verified: row.verified,
  })),
);
const features: Checked[] = manifest.layers.flatMap((entry) =>
  layer(entry.id).map((f) => ({
    key: `${entry.id} ${String(f.properties.id)}`,
    source: String(f.properties.source ?? ''),
    text: String(f.properties.source ?? ''),
    verified: typeof f.properties.verified === 'string' ? f.properties.verified : undefined,
  })),
);

/** Allowed when its own key, or a table row of the same id, is explained. */
const explained = (key: string) => {
  const id = key.split(' ').slice(1).join(' ');
  return Object.keys(EXPLAINED).some((k) => k === key || k.endsWith(` ${id}`));
};
const isOpen = (key: string) => OPEN.some((k) => k === key || k.endsWith(` ${key.split(' ')[1]}`));

function offenders(items: readonly Checked[]): string[] {
  return items.flatMap((item) => bannedLinks(item.text).map((why) => `${item.key}: ${why}`));
}

describe('source hygiene', () => {
  it('no table row or feature source links to a banned host, apart from the explained and the open rows', () => {
    const found = offenders([...rows, ...features]).filter((o) => {
      const key = o.split(':')[0] ?? '';
      return !explained(key) && !isOpen(key);
    });
    expect(found).toEqual([]);
  });

  it('every source-checked row and feature cites an http(s) URL, apart from the explained sources', () => {
    const missing = [...rows, ...features]
      .filter((item) => item.verified === 'source-checked' && !/https?:\/\//.test(item.source))
      .filter((item) => !EXPLAINED_WITHOUT_URL.some((e) => e.source.test(item.source)))
      .map((item) => item.key);
    expect(missing).toEqual([]);
  });

  it('still needs every explained entry (remove an entry once its row is clean)', () => {
    const keys = offenders([...rows, ...features]).map((o) => o.split(':')[0] ?? '');
    for (const key of Object.keys(EXPLAINED)) expect(keys, key).toContain(key);
  });

  it('bans every domain the data-centre rows name as a removed mirror or aggregator copy', () => {
    const named = readCsv(resolve(DATA_DIR, 'sources/datacentres.csv')).flatMap((row) =>
      [...`${row.source} ${row.notes}`.matchAll(/unreliable mirror[^(]*\(([^)]*)\)/g)].flatMap(
        (m) => (m[1] ?? '').split(/,\s*/),
      ),
    );
    const hosts = named.map((d) => d.trim().toLowerCase().replace(/^(www|m)\./, ''));
    expect(new Set(hosts).size).toBeGreaterThan(40);
    const unbanned = hosts.filter(
      (h) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(h) && !BANNED_HOSTS.some((b) => b.test(h)),
    );
    expect(unbanned).toEqual([]);
  });

  // OPEN rows: hubs.csv (unchanged since the first edition) cites a People's Daily/SCIO item through
  // a dynamic-DNS mirror (iask.in). PROVENANCE.md does not explain it; reported, not fixed by hand.
  it.fails('the open rows are clean (this expected failure turns red once hubs.csv is fixed)', () => {
    const open = offenders(rows).filter((o) => isOpen(o.split(':')[0] ?? ''));
    if (open.length > 0) console.warn(`open source-hygiene rows:\n${open.join('\n')}`);
    expect(open).toEqual([]);
  });
});
