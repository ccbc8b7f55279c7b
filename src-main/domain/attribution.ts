/** Fideslang by Ethyca, stewarded by IAB Tech Lab, CC BY 4.0: shown in the About screen and the README. */
export const FIDESLANG_ATTRIBUTION =
  'Data categories, data subjects and data uses: Fideslang by Ethyca, stewarded by IAB Tech Lab, CC BY 4.0 (github.com/IABTechLab/fideslang). Marks for special, criminal and sensitive data added by Privacy Workstation.';
