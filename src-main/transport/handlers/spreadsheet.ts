import type { spreadsheetCalls } from '../../contract/spreadsheet';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function spreadsheetHandlers({ spreadsheet }: AppServices): HandlersFor<keyof typeof spreadsheetCalls> {
  return {
    'inventory.spreadsheet.preview': (input) => spreadsheet.preview(input),
    'inventory.spreadsheet.import': (input) => spreadsheet.import(input),
    'inventory.spreadsheet.export': (input) => spreadsheet.export(input),
  };
}
