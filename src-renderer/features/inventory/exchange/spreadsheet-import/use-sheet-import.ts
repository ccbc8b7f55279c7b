import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { call, SPREADSHEET_MAX_BYTES, type ActivityColumnField, type ColumnMapping, type SpreadsheetImportSummary, type SpreadsheetPreview } from '../../../../app/api';
import { fileToBase64 } from '../../../../ui/base64';
import { readChosenFile, UNREADABLE_FILE } from '../../../../ui/read-chosen-file';

/** How long the mapping must rest before the rows are checked against it again. */
const RECHECK_DELAY_MS = 300;

interface SheetFile {
  fileName: string;
  contentBase64: string;
}

/** The service's check of every row, and the mapping it was made with. */
interface Checked {
  mapping: ColumnMapping;
  preview: SpreadsheetPreview;
  /** Why the last check failed; the preview is then the one before. */
  failure: string | null;
}

/** The largest file the service takes, as the person reads it. */
export const MAX_MEGABYTES = SPREADSHEET_MAX_BYTES / (1024 * 1024);

/**
 * One spreadsheet import from start to end: the chosen file (read into memory
 * once), the column mapping and the service's check of every row against it
 * (repeated, debounced, whenever the mapping changes), then the import itself.
 * Nothing is written before `importRows`.
 */
export function useSheetImport() {
  const [chosen, setChosen] = useState<File | null>(null);
  const [reading, setReading] = useState(false);
  const [readFailure, setReadFailure] = useState<string | null>(null);
  const [file, setFile] = useState<SheetFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [settled] = useDebouncedValue(mapping, RECHECK_DELAY_MS);
  const [importing, setImporting] = useState(false);
  const [importFailure, setImportFailure] = useState<string | null>(null);
  const [summary, setSummary] = useState<SpreadsheetImportSummary | null>(null);

  useEffect(() => {
    if (!file || settled === null || settled !== mapping || settled === checked?.mapping) return;
    let current = true;
    void call('inventory.spreadsheet.preview', { ...file, mapping: settled }).then((result) => {
      if (!current) return;
      setChecked((before) => before && (result.ok ? { mapping: settled, preview: result.value, failure: null } : { ...before, mapping: settled, failure: result.error.message }));
    });
    return () => {
      current = false;
    };
  }, [file, settled, mapping, checked?.mapping]);

  /** Reads the file and checks it with the columns its header suggests. True when it could be read. */
  async function choose(next: File | null): Promise<boolean> {
    setChosen(next);
    setReadFailure(null);
    setFile(null);
    setMapping(null);
    setChecked(null);
    if (!next) return false;
    if (next.size > SPREADSHEET_MAX_BYTES) {
      setReadFailure(`The file is larger than ${MAX_MEGABYTES} MB: split it into smaller files.`);
      return false;
    }
    setReading(true);
    const contentBase64 = await readChosenFile(next, fileToBase64);
    if (contentBase64 === null) {
      setReading(false);
      setReadFailure(UNREADABLE_FILE);
      return false;
    }
    const read = { fileName: next.name, contentBase64 };
    const result = await call('inventory.spreadsheet.preview', read);
    setReading(false);
    if (!result.ok) {
      setReadFailure(result.error.message);
      return false;
    }
    setFile(read);
    setMapping(result.value.mapping);
    setChecked({ mapping: result.value.mapping, preview: result.value, failure: null });
    return true;
  }

  function setColumn(field: ActivityColumnField, column: string | null) {
    setMapping((current) => current && { ...current, [field]: column });
  }

  /** Adds the rows without problems; with problems left, the person chose to skip them. True once imported. */
  async function importRows(): Promise<boolean> {
    if (!file || !checked) return false;
    setImporting(true);
    setImportFailure(null);
    const { preview } = checked;
    const result = await call('inventory.spreadsheet.import', { ...file, mapping: checked.mapping, skipInvalid: preview.valid < preview.total });
    setImporting(false);
    if (!result.ok) {
      setImportFailure(result.error.message);
      return false;
    }
    setSummary(result.value);
    return true;
  }

  return {
    chosen,
    reading,
    readFailure,
    choose,
    mapping,
    setColumn,
    preview: checked?.preview ?? null,
    /** The mapping changed and its check has not come back yet. */
    checking: checked !== null && mapping !== checked.mapping,
    checkFailure: checked?.failure ?? null,
    importing,
    importFailure,
    importRows,
    summary,
  };
}

export type SheetImport = ReturnType<typeof useSheetImport>;
