import { codes } from '../app/api';

export interface Option<Value extends string> {
  value: Value;
  label: string;
}

/** A fixed vocabulary (code → label) as Select options, in the vocabulary's own order. */
export function vocabularyOptions<V extends Record<string, string>>(vocabulary: V): Option<keyof V & string>[] {
  return codes(vocabulary).map((code) => ({ value: code, label: vocabulary[code] ?? code }));
}

/** Narrows text from a Select or the URL to a code of the vocabulary. */
export function isCode<V extends Record<string, string>>(vocabulary: V, value: string | null | undefined): value is keyof V & string {
  return typeof value === 'string' && Object.hasOwn(vocabulary, value);
}
