import { type SubmitEvent, useRef, useState } from 'react';
import type { CallName, FieldErrors } from '../app/api';
import { useSubmit } from './use-submit';

/**
 * A small form that sends one call: its field errors, the busy flag, and the props of its
 * `<form>`, whose submit runs `send` (once at a time).
 */
export function useFormCall<K extends CallName>(name: K) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit(name, setErrors, formRef);
  return {
    submit,
    submitting,
    /** Error and jump target of a field, to spread on its input. */
    at: (path: string) => ({ error: errors[path], 'data-field': path }),
    clearErrors: () => setErrors({}),
    formProps: (send: () => Promise<void>) => ({
      ref: formRef,
      noValidate: true,
      onSubmit: (event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!submitting) void send();
      },
    }),
  };
}
