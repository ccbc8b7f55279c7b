import type { exchangeCalls } from '../../contract/exchange';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function exchangeHandlers({ exchange }: AppServices): HandlersFor<keyof typeof exchangeCalls> {
  return {
    'inventory.exportJson': () => exchange.exportJson(),
    'inventory.importJson': (input) => exchange.importJson(input.content),
  };
}
