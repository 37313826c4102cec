// The label font: system CJK faces only (no web fonts, nothing fetched), drawn as a signed
// distance field so a halo outline keeps labels legible over any fill.

/** CSS font-family list tried in order; every face is a locally installed system font. */
export const LABEL_FONT_FAMILY =
  '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';

/** Font atlas settings: SDF so `outlineWidth` draws a halo. */
export const LABEL_FONT_SETTINGS = {
  sdf: true,
  fontSize: 48,
  buffer: 8,
  radius: 16,
  cutoff: 0.25,
} as const;

/** Halo width, in the TextLayer's outline units (relative to the SDF radius). */
export const LABEL_HALO_WIDTH = 4;
