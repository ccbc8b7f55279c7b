import type { vendorCalls } from '../../contract/vendors';
import type { AppServices } from '../../services/app-services';
import type { HandlersFor } from './types';

export function vendorHandlers({ vendors }: AppServices): HandlersFor<keyof typeof vendorCalls> {
  return {
    'vendors.list': (input) => vendors.list(input),
    'vendors.get': (input) => vendors.get(input),
    'vendors.saveProfile': (input) => vendors.saveProfile(input),
    'vendors.saveTransfers': (input) => vendors.saveTransfers(input),
    'vendors.saveSubProcessor': (input) => vendors.saveSubProcessor(input),
    'vendors.deleteSubProcessor': (input) => vendors.deleteSubProcessor(input),
    'vendors.saveCertification': (input) => vendors.saveCertification(input),
    'vendors.deleteCertification': (input) => vendors.deleteCertification(input),
    'vendors.saveAnswers': (input) => vendors.saveAnswers(input),
    'vendors.saveFinding': (input) => vendors.saveFinding(input),
    'vendors.recordReview': (input) => vendors.recordReview(input),
    'vendors.delete': (input) => vendors.delete(input),
    'vendors.reviewSettings.get': (input) => vendors.reviewSettings(input),
    'vendors.reviewSettings.save': (input) => vendors.saveReviewSettings(input),
    'vendors.dashboard': (input) => vendors.dashboard(input),
  };
}
