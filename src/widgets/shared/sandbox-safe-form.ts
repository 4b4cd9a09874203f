/**
 * Forms without form submission. A frame sandboxed without `allow-forms` (our own embed snippet
 * has none, and forums rarely grant it) blocks submission before the `submit` event fires, so a
 * widget's "press Enter or click the button" rows must not rely on it: the button calls the
 * action, and Enter in a text field of the row does the same.
 */

export function enterRunsAction(action: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      action();
    }
  };
}
