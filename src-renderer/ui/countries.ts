import { COUNTRY_CODES } from '../app/api';
import type { Option } from './vocabulary';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Germany" for "DE"; the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every ISO country as "Germany (DE)", sorted by name, for searchable selects. */
export const COUNTRY_OPTIONS: Option<string>[] = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort(
  (a, b) => a.label.localeCompare(b.label, 'en'),
);
