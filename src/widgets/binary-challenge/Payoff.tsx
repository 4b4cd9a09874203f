/**
 * The line the chapter builds up to: how big the reader's fix was, set beside the other repair
 * path. It is the largest text in the panel on purpose (the comparison is the argument), and it
 * is plain text, so it reads the same to a screen reader and in print.
 */
interface Props {
  /** e.g. "Size of your patch". */
  label: string;
  /** e.g. "binary: 1 byte in 1 line" or "source: 1 character; binary: 3 bytes in 1 line". */
  size: string;
  /** The other path's size, as a sentence, or null. */
  compare: string | null;
}

export function Payoff({ label, size, compare }: Props) {
  return (
    <div class="bc-payoff">
      <p class="bc-payoff-main">
        {label}: <span class="bc-payoff-size">{size}</span>.
      </p>
      {compare && <p class="bc-payoff-compare">{compare}</p>}
    </div>
  );
}
