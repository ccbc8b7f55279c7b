import { type RefObject, useState } from 'react';
import { call, validateInput, type ApiError, type CallInput, type CallName, type CallOutput, type FieldErrors } from '../app/api';
import { findField } from './field-focus';
import { notifyError } from './notify';

/**
 * Sends a form as one call: checked first with the contract's own schema, then
 * by the service. Field errors go to the fields the form marks with `data-field`;
 * the first one gets focus, and any the form does not show become a toast.
 */
export function useSubmit<K extends CallName>(name: K, setErrors: (errors: FieldErrors) => void, formRef: RefObject<HTMLElement | null>) {
  const [submitting, setSubmitting] = useState(false);

  function showErrors(error: ApiError) {
    const fields = error.fields ?? {};
    setErrors(fields);
    requestAnimationFrame(() => {
      const form = formRef.current;
      const unshown = Object.entries(fields).filter(([path]) => !form || !findField(form, path));
      if (Object.keys(fields).length === 0 || unshown.length > 0) {
        notifyError({ ...error, message: unshown.length > 0 ? unshown.map(([, message]) => message).join(' ') : error.message });
      }
      const invalid = form?.querySelector('[aria-invalid="true"]');
      if (invalid instanceof HTMLElement) {
        invalid.scrollIntoView({ block: 'center' });
        invalid.focus({ preventScroll: true });
      }
    });
  }

  async function submit(input: CallInput<K>): Promise<CallOutput<K> | null> {
    const invalid = validateInput(name, input);
    if (invalid) {
      showErrors({ code: 'VALIDATION', message: Object.values(invalid).join(' '), fields: invalid });
      return null;
    }
    setSubmitting(true);
    const result = await call(name, input);
    setSubmitting(false);
    if (result.ok) return result.value;
    showErrors(result.error);
    return null;
  }

  return { submit, submitting };
}
