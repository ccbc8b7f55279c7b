import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { COUNTRY_OPTIONS } from './countries';

/** Several countries, searched by name or ISO code. */
export function CountriesInput(props: Omit<MultiSelectProps, 'data'>) {
  return <MultiSelect data={COUNTRY_OPTIONS} searchable clearable {...props} />;
}
