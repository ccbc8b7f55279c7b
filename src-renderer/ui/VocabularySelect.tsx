import { Select, type SelectProps } from '@mantine/core';
import { isCode, vocabularyOptions } from './vocabulary';

type VocabularySelectProps<V extends Record<string, string>> = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  vocabulary: V;
  value: keyof V & string;
  onChange: (value: keyof V & string) => void;
};

/** A required choice from a fixed vocabulary, showing its labels. */
export function VocabularySelect<V extends Record<string, string>>({ vocabulary, value, onChange, ...props }: VocabularySelectProps<V>) {
  return (
    <Select
      {...props}
      data={vocabularyOptions(vocabulary)}
      value={value}
      onChange={(code) => {
        if (isCode(vocabulary, code)) onChange(code);
      }}
      allowDeselect={false}
    />
  );
}
