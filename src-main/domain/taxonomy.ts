import categoriesFile from '../../resources/taxonomy/fideslang/data_categories.json';
import subjectsFile from '../../resources/taxonomy/fideslang/data_subjects.json';
import usesFile from '../../resources/taxonomy/fideslang/data_uses.json';

export interface TaxonomyEntry {
  key: string;
  parentKey: string | null;
  name: string;
  description: string;
}

export interface SeedCategory extends TaxonomyEntry {
  special: boolean;
  criminal: boolean;
  sensitive: boolean;
}

/** GDPR Art. 9(1): racial or ethnic origin, political opinions, religious beliefs, genetic, biometric, health, sex life or orientation. */
const SPECIAL_PREFIXES = [
  'user.biometric',
  'user.authorization.biometric',
  'user.health_and_medical',
  'user.demographic.political_opinion',
  'user.demographic.race_ethnicity',
  'user.demographic.religious_belief',
  'user.demographic.sexual_orientation',
];

/** GDPR Art. 10: criminal convictions and offences. */
const CRIMINAL_PREFIXES = ['user.criminal_history'];

/** CCPA 1798.140(ae): sensitive personal information. */
const SENSITIVE_PREFIXES = [
  ...SPECIAL_PREFIXES,
  'user.government_id',
  'user.financial',
  'user.authorization.credentials',
  'user.authorization.password',
  'user.location.precise',
  'user.content.private',
];

const under = (key: string, prefixes: string[]) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));

function entries(list: { fides_key: string; parent_key?: string | null; name: string; description?: string | null }[]): TaxonomyEntry[] {
  return list.map((e) => ({ key: e.fides_key, parentKey: e.parent_key ?? null, name: e.name, description: e.description ?? '' }));
}

/** Parents before children, so a tree can be inserted in order. */
export const FIDES_CATEGORIES: readonly SeedCategory[] = entries(categoriesFile.data_category)
  .sort((a, b) => a.key.split('.').length - b.key.split('.').length || a.key.localeCompare(b.key))
  .map((e) => ({
    ...e,
    special: under(e.key, SPECIAL_PREFIXES),
    criminal: under(e.key, CRIMINAL_PREFIXES),
    sensitive: under(e.key, SENSITIVE_PREFIXES),
  }));

export const FIDES_SUBJECTS: readonly TaxonomyEntry[] = entries(subjectsFile.data_subject);

export const FIDES_DATA_USES: readonly TaxonomyEntry[] = entries(usesFile.data_use);
