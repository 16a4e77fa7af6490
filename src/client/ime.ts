/**
 * Keeps the Enter that confirms a Chinese input-method candidate from
 * submitting a search. While a composition is open the browser reports
 * `isComposing` (Chrome, Firefox) or key code 229 (Safari, older browsers);
 * Safari may also deliver that Enter just after `compositionend`, so the
 * composition counts as open until the next task.
 */
export function guardImeEnter(input: HTMLInputElement): { isComposing: () => boolean } {
  let composing = false;
  input.addEventListener('compositionstart', () => {
    composing = true;
  });
  input.addEventListener('compositionend', () => {
    setTimeout(() => {
      composing = false;
    }, 0);
  });
  input.addEventListener('keydown', (event) => {
    // Other keys during a composition (key "Process") are the input method's own; leave them alone.
    if (event.key !== 'Enter') return;
    if (event.isComposing || event.keyCode === 229 || composing) {
      // The Enter belongs to the input method: no implicit form submission.
      event.preventDefault();
      event.stopPropagation();
    }
  });
  return { isComposing: () => composing };
}
