import { Autocomplete, createTheme, MultiSelect, Notification, PasswordInput, Select, TagsInput } from '@mantine/core';

/**
 * Closed dropdowns leave the page: a hidden option list labelled like its field
 * would make every select answer twice to "the field labelled X".
 */
const UNMOUNT_CLOSED_DROPDOWN = { comboboxProps: { keepMounted: false } };
/** Typing then Enter picks the first match, so a search select works without the mouse. */
const SEARCHABLE_SELECT = { ...UNMOUNT_CLOSED_DROPDOWN, selectFirstOptionOnChange: true };

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  // Outline on keyboard focus only, so mouse use stays calm while Tab is always visible.
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // The close button is an icon only; without a name, screen readers announce "button".
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } } }),
    // Every control is reachable with Tab, including "show passphrase".
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleFocusable: true } }),
    Select: Select.extend({ defaultProps: SEARCHABLE_SELECT }),
    MultiSelect: MultiSelect.extend({ defaultProps: SEARCHABLE_SELECT }),
    TagsInput: TagsInput.extend({ defaultProps: UNMOUNT_CLOSED_DROPDOWN }),
    Autocomplete: Autocomplete.extend({ defaultProps: UNMOUNT_CLOSED_DROPDOWN }),
  },
});
