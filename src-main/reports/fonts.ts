import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The five Noto faces shipped in resources/fonts (SIL OFL 1.1, see resources/fonts/README.md). */
const FONT_FILES = {
  'latin-regular': 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  'latin-italic': 'NotoSans-Italic.ttf',
  'deva-regular': 'NotoSansDevanagari-Regular.ttf',
  'deva-bold': 'NotoSansDevanagari-Bold.ttf',
} as const;

export type FontName = keyof typeof FONT_FILES;
export type Style = 'regular' | 'bold' | 'italic';
export type Script = 'latin' | 'deva';

/** Noto Sans Devanagari has no italic: italic Devanagari text is set upright, as typesetters do. */
export function fontFor(script: Script, style: Style): FontName {
  if (script === 'deva') return style === 'bold' ? 'deva-bold' : 'deva-regular';
  return `latin-${style}`;
}

/**
 * Where the fonts are: the caller's folder if given (a packaged app passes its resources path),
 * else resources/fonts next to the sources (two folders up from src-main/reports under tsx or
 * vitest, and from out/main once bundled), else under the working directory (the repo root).
 */
export function resolveFontsDir(fontsDir?: string): string {
  const candidates = fontsDir
    ? [resolve(fontsDir)]
    : [resolve(import.meta.dirname, '../../resources/fonts'), resolve(process.cwd(), 'resources/fonts')];
  const found = candidates.find((dir) => existsSync(join(dir, FONT_FILES['latin-regular'])));
  if (!found) throw new Error(`The report fonts are missing: looked in ${candidates.join(' and ')}.`);
  return found;
}

/**
 * The font files by name. pdfkit is given paths, not registered names: pdfkit does not cache a
 * registered name that resolves to a font it already holds, and would parse the file again on
 * every switch (seen as 48 s instead of 1 s for 500 pages).
 */
export function fontFiles(dir: string): Record<FontName, string> {
  const entries = (Object.keys(FONT_FILES) as FontName[]).map((name) => [name, join(dir, FONT_FILES[name])] as const);
  return Object.fromEntries(entries) as Record<FontName, string>;
}
