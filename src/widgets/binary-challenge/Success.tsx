/**
 * The moment the tests turn green: a banner that says so in words (the live region has already
 * announced it, so this one is not live), with a short highlight that reduced motion turns off.
 */
interface Props {
  total: number;
  /** What passed, e.g. "patched listing" or "rebuilt C". */
  how: string;
}

export function Success({ total, how }: Props) {
  return (
    <p class="bc-success">
      <span aria-hidden="true" class="bc-success-mark">
        ✓
      </span>{" "}
      Fixed: all {total} tests pass with your {how}.
    </p>
  );
}
