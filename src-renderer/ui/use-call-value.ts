import { useEffect, useEffectEvent, useState } from 'react';
import { call, type CallInput, type CallName, type CallOutput } from '../app/api';
import { notifyError } from './notify';

/**
 * The answer of one call, fetched on mount and again whenever `version`
 * changes (a counter, or the input as text); null until the first answer. A failure becomes a toast.
 */
export function useCallValue<K extends CallName>(name: K, input: CallInput<K>, version: number | string = 0): CallOutput<K> | null {
  const [value, setValue] = useState<CallOutput<K> | null>(null);
  const load = useEffectEvent(() => call(name, input));
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) setValue(result.value);
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [version]);
  return value;
}
