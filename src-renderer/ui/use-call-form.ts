import { type ChangeEvent, type SubmitEvent, useRef, useState } from 'react';
import {
  call,
  validateInput,
  type ApiError,
  type CallInput,
  type CallName,
  type CallOutput,
  type FieldErrors,
} from '../app/api';
import { notifyError } from './notify';

type FormValues = Record<string, string>;

interface CallFormOptions<K extends CallName, V extends FormValues> {
  call: K;
  initialValues: V;
  toInput: (values: V) => CallInput<K>;
  onSuccess: (value: CallOutput<K>) => void;
  /**
   * Sees every failed call first; return true when handled. Otherwise errors
   * naming this form's fields go under those fields and the rest become a toast.
   */
  onError?: (error: ApiError) => boolean;
}

/**
 * A form whose submit is one API call: client-side validation with the
 * contract's own schema, a busy flag for the button, and errors shown at the
 * field they belong to.
 */
export function useCallForm<K extends CallName, V extends FormValues>(options: CallFormOptions<K, V>) {
  const [values, setValues] = useState<V>(options.initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  function setValue(name: keyof V & string, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== name)));
  }

  function field(name: keyof V & string) {
    return {
      value: values[name],
      error: errors[name],
      onChange: (event: ChangeEvent<HTMLInputElement>) => setValue(name, event.currentTarget.value),
    };
  }

  function showError(error: ApiError) {
    if (options.onError?.(error)) return;
    const own = Object.fromEntries(Object.entries(error.fields ?? {}).filter(([key]) => Object.hasOwn(values, key)));
    if (Object.keys(own).length === 0) {
      notifyError(error);
      return;
    }
    setErrors(own);
    // Keyboard users land on the first field to fix once React has marked it invalid.
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector('[aria-invalid="true"]');
      if (invalid instanceof HTMLElement) invalid.focus();
    });
  }

  async function submit() {
    const input = options.toInput(values);
    const invalid = validateInput(options.call, input);
    if (invalid) {
      showError({ code: 'VALIDATION', message: Object.values(invalid).join(' '), fields: invalid });
      return;
    }
    setSubmitting(true);
    const result = await call(options.call, input);
    setSubmitting(false);
    if (result.ok) options.onSuccess(result.value);
    else showError(result.error);
  }

  return {
    values,
    setValue,
    field,
    submitting,
    reset: () => {
      setValues(options.initialValues);
      setErrors({});
    },
    formProps: {
      ref: formRef,
      noValidate: true,
      onSubmit: (event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!submitting) void submit();
      },
    },
  };
}
