import { fold } from '../statements';
import type { Condition } from './entries';

/** The tokenizer's unit: a text of fewer characters has no trigram to look up. */
const TRIGRAM = 3;

/** Quoted as an FTS5 string, every character literal: the user's text is never read as FTS5 operators. */
const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Every entry holding `folded` holds each of its trigrams: an FTS5 query for all of them, null when
 * there is none. A trigram with a NUL is left out (it would end the query's string): fewer trigrams
 * only let more entries through to the test.
 */
function trigramQuery(folded: string): string | null {
  const characters = [...folded];
  const trigrams = new Set(characters.slice(TRIGRAM - 1).map((_, i) => characters.slice(i, i + TRIGRAM).join('')).filter((t) => !t.includes('\0')));
  return trigrams.size === 0 ? null : [...trigrams].map(ftsString).join(' AND ');
}

/**
 * The conditions on audit_entry of the entries whose label, actor, before or after holds the text,
 * both sides folded alike (so "zoe" finds "Zoë"), a match never spanning two fields (a unit
 * separator between them). The test reads each entry it is given: when the text has a trigram, the
 * index audit_search (migration 0010) gives it only the entries holding all of the text's trigrams.
 *
 * `besideIndexed`: the query has a filter with an index of its own (period, person, kind, record).
 * The trigrams' entries then only tell which of that index's entries to test (the `+` keeps SQLite
 * from looking them up one by one instead): a common text has tens of thousands, each read from the
 * log to check the other filter, where the filter's index names its entries without reading them.
 */
export function textConditions(search: string, besideIndexed: boolean): Condition[] {
  const folded = fold(search);
  const test: Condition = [
    `instr(pw_fold(coalesce(label, '') || char(31) || actor || char(31) || coalesce(before, '') || char(31) || coalesce(after, '')), @search) > 0`,
    'search',
    folded,
  ];
  const trigrams = trigramQuery(folded);
  if (trigrams === null) return [test];
  return [[`${besideIndexed ? '+' : ''}seq IN (SELECT rowid FROM audit_search WHERE audit_search MATCH @trigrams)`, 'trigrams', trigrams], test];
}
