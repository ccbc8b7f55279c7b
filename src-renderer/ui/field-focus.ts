const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea, select, button:not([disabled]), [tabindex]:not([tabindex="-1"])';

const parentPath = (path: string) => path.split('.').slice(0, -1).join('.');

/** The element marked with a form path (`data-field`), or the first one below it ("retention" finds "retention.period"). */
export function findField(root: ParentNode, path: string): HTMLElement | null {
  const exact = root.querySelector(`[data-field="${CSS.escape(path)}"]`);
  const below = exact ?? root.querySelector(`[data-field^="${CSS.escape(`${path}.`)}"]`);
  return below instanceof HTMLElement ? below : null;
}

/**
 * The control to focus for a form path. A path the form does not show falls
 * back to its nearest shown ancestor ("purposes.3.legalBasis" → "purposes").
 */
function fieldControl(root: ParentNode, path: string): HTMLElement | null {
  for (let candidate = path; candidate; candidate = parentPath(candidate)) {
    const field = findField(root, candidate);
    if (field) return field.matches(FOCUSABLE) ? field : field.querySelector<HTMLElement>(FOCUSABLE);
  }
  return null;
}

/**
 * Makes the control for a path the one a dialog's focus trap focuses when it
 * opens (`data-autofocus`), and scrolls it into view.
 */
export function autofocusField(root: HTMLElement, path: string): void {
  const control = fieldControl(root, path);
  if (!control) return;
  root.querySelectorAll('[data-autofocus]').forEach((element) => element.removeAttribute('data-autofocus'));
  control.setAttribute('data-autofocus', 'true');
  control.scrollIntoView({ block: 'center' });
}
