/** The report's look in one place: A4 in points, margins, type sizes and colours. */

export const PAGE = { width: 595.28, height: 841.89 } as const;

export const MARGIN = { left: 62, right: 62, top: 80, bottom: 72 } as const;

/** Running header and footer sit inside the top and bottom margins: text tops and the rules beside them. */
export const RUNNING = { headerTop: 40, headerRule: 54, footerRule: PAGE.height - 50, footerTop: PAGE.height - 44 } as const;

export const CONTENT = {
  left: MARGIN.left,
  right: PAGE.width - MARGIN.right,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  top: MARGIN.top,
  bottom: PAGE.height - MARGIN.bottom,
} as const;

/** Size in points and line height as a multiple of it. */
export interface TextStyle {
  size: number;
  leading: number;
}

export const TYPE = {
  coverTitle: { size: 28, leading: 1.2 },
  coverSubtitle: { size: 14, leading: 1.35 },
  h1: { size: 18, leading: 1.3 },
  h2: { size: 13, leading: 1.3 },
  subheading: { size: 10.5, leading: 1.35 },
  body: { size: 9.5, leading: 1.45 },
  table: { size: 8.5, leading: 1.35 },
  small: { size: 7.5, leading: 1.3 },
  running: { size: 7.5, leading: 1.3 },
} as const satisfies Record<string, TextStyle>;

export const COLOR = {
  text: '#1d2329',
  muted: '#5b6673',
  accent: '#1f3a5f',
  rule: '#c9d0d8',
  ruleStrong: '#8a96a3',
  headerFill: '#e6ecf2',
  zebra: '#f4f6f8',
  missingBar: '#d97706',
  missingFill: '#fff5e6',
  missingText: '#7a4100',
} as const;

/** Chart series colours (Tableau 10): distinct in print and for the common colour-vision deficiencies. */
export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function lineHeight(style: TextStyle): number {
  return style.size * style.leading;
}

/**
 * Where the baseline goes in a line box: Noto Sans's ascent and descent (1.069 and 0.293 em)
 * centred in the box, so runs in either font share one baseline.
 */
export function baselineOffset(style: TextStyle): number {
  return (lineHeight(style) - style.size * 1.362) / 2 + style.size * 1.069;
}
