import { type ChangeEvent, useState } from 'react';
import type { FieldErrors } from '../app/api';

type KeysOf<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

const under = (key: string, path: string) => key === path || key.startsWith(`${path}.`);

/**
 * An editor's working copy of a record: typed values, the errors shown at each
 * field (keyed by the call's input path, e.g. "purposes.0.legalBasis"), and
 * whether anything changed since it was opened.
 */
export function useDraft<V extends object>(initial: () => V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [dirty, setDirty] = useState(false);

  function update(key: keyof V & string, value: unknown, path: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setDirty(true);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([errorPath]) => !under(errorPath, path))));
  }

  /** Sets one value; `path` names the field that changed, whose error then goes away. */
  function set<K extends keyof V & string>(key: K, value: V[K], path: string = key) {
    update(key, value, path);
  }

  /** Error and jump target of a field, to spread on an input. */
  function at(path: string) {
    return { error: errors[path], 'data-field': path };
  }

  /** Value, change handler, error and jump target of any field whose input takes the value as it is. */
  function field<K extends keyof V & string>(key: K) {
    return { value: values[key], onChange: (value: V[K]) => update(key, value, key), ...at(key) };
  }

  /**
   * The same for a field of linked records: its errors come under the input's
   * id field (`path`, e.g. "systemIds"), and a jump to `key` ("systems") lands on it too.
   */
  function link<K extends keyof V & string>(key: K, path: string) {
    return { value: values[key], onChange: (value: V[K]) => update(key, value, path), field: path, jumpField: key, error: errors[path] };
  }

  /** Value, change handler, error and jump target of a text field. */
  function text(key: KeysOf<V, string>) {
    return {
      value: String(values[key]),
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(key, event.currentTarget.value, key),
      ...at(key),
    };
  }

  /** Checked state, change handler, error and jump target of a checkbox or switch. */
  function check(key: KeysOf<V, boolean>) {
    return {
      checked: Boolean(values[key]),
      onChange: (event: ChangeEvent<HTMLInputElement>) => update(key, event.currentTarget.checked, key),
      ...at(key),
    };
  }

  return { values, set, at, field, link, text, check, errors, setErrors, dirty };
}

export type Draft<V extends object> = ReturnType<typeof useDraft<V>>;
