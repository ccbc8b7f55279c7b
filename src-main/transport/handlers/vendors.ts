import type { vendorCalls } from '../../contract/vendors';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function vendorHandlers({ vendors }: AppServices): HandlersFor<keyof typeof vendorCalls> {
  return {
    'vendors.list': (input) => vendors.list(input),
    'vendors.get': (input) => vendors.get(input),
    'vendors.saveProfile': (input) => vendors.saveProfile(input),
  };
}
