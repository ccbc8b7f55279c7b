import { describe, expect, it } from 'vitest';
import { ACTIVITY_COLUMN_FIELDS, ACTIVITY_COLUMNS, type ColumnMapping, columnLetter, columnNames, emptyMapping, mappingProblems, normaliseHeader, suggestMapping } from './columns';

const chosen = (mapping: ColumnMapping) => Object.fromEntries(Object.entries(mapping).filter(([, column]) => column !== null));

describe('headers', () => {
  it.each([
    ['  Processing-Activity ', 'processing activity'],
    ['LAWFUL BASIS', 'lawful basis'],
    ['Daten­kategorien (Art. 30)', 'datenkategorien art 30'],
    ['Líst of Systems', 'list of systems'],
  ])('normaliseHeader(%j) = %j', (header, normal) => expect(normaliseHeader(header)).toBe(normal));

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => expect(columnLetter(index)).toBe(letter));

  it('names every column once: empty headers by letter, repeats numbered', () => {
    expect(columnNames(['Name', '', ' Name ', 'name', 'Owner', '  '])).toEqual(['Name', 'Column B', 'Name (2)', 'name (3)', 'Owner', 'Column F']);
  });
});

describe('suggestMapping', () => {
  it('maps messy headers by normalised and fuzzy names', () => {
    expect(chosen(suggestMapping(['Processing Activity ', 'LAWFUL BASIS', 'Personal data categories', 'Kept for', 'Notes']))).toEqual({
      name: 'Processing Activity ',
      legalBases: 'LAWFUL BASIS',
      categories: 'Personal data categories',
      retention: 'Kept for',
    });
  });

  it.each<[string, string]>([
    ['Processing activity', 'name'],
    ['Activity', 'name'],
    ['Name', 'name'],
    ['Legal basis', 'legalBases'],
    ['Lawful basis', 'legalBases'],
    ['Data categories', 'categories'],
    ['Personal data', 'categories'],
    ['Retention', 'retention'],
    ['Retention period', 'retention'],
    ['Countries', 'transferCountries'],
    ['Transfers', 'transferCountries'],
    ['Transfer mechanism', 'transferMechanism'],
    ['Appropriate safeguards', 'transferMechanism'],
    ['Categories of data subjects', 'subjects'],
    ['IT systems', 'systems'],
    ['Processors', 'recipients'],
    ['TOMs', 'securityMeasures'],
    ['Source of data', 'sources'],
    ['Date of last review', 'lastReviewedOn'],
    ['Retension period', 'retention'],
    ['Purpose(s)', 'purposes'],
    ['Business owner', 'owner'],
    ['Status', 'status'],
    ['Deletion method', 'deletionMethod'],
    ['Retention trigger', 'retentionTrigger'],
    ['Description', 'description'],
  ])('%j → %s', (header, field) => expect(chosen(suggestMapping([header]))).toEqual({ [field]: header }));

  it('maps the export’s own headers to their fields', () => {
    const mapping = suggestMapping(ACTIVITY_COLUMNS.map((c) => c.label));
    for (const c of ACTIVITY_COLUMNS) expect(mapping[c.field]).toBe(c.label);
  });

  it('gives each column to one field only, the best match first, and leaves unknown headers alone', () => {
    const mapping = suggestMapping(['Name', 'Activity', 'System name', 'Comments', '']);
    expect(chosen(mapping)).toEqual({ name: 'Name', systems: 'System name' });
    expect(Object.keys(mapping)).toEqual([...ACTIVITY_COLUMN_FIELDS]);
  });
});

describe('mappingProblems', () => {
  const columns = ['Activity', 'Basis', 'Owner'];
  it('accepts a mapping with a name column and columns of the file', () => {
    expect(mappingProblems(columns, { ...emptyMapping(), name: 'Activity', legalBases: 'Basis' })).toEqual([]);
  });

  it('asks for the name column, and names columns that are not in the file or chosen twice', () => {
    expect(mappingProblems(columns, { ...emptyMapping(), owner: 'Owner', description: 'Owner', purposes: 'Purpose' })).toEqual([
      { reason: 'Choose the column that holds the processing activity’s name: every activity needs one.' },
      { column: 'Owner', reason: 'The column “Owner” is chosen for both Description and Owner: choose it for one of them only.' },
      { column: 'Purpose', reason: 'The column “Purpose” chosen for Purposes is not in the file’s header row: choose another one.' },
    ]);
  });
});
