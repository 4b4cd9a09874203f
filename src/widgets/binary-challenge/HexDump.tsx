/**
 * The whole function as bytes, following the reader's edits, with every byte that differs from
 * the shipped one at the same offset marked (bold and underlined, and named in text), and a plain
 * sentence when the patch changed the function's length: in a real binary that means moving code.
 */
import { dumpBytes } from "./diff.ts";
import { hex } from "./Editor.tsx";
import { memo } from "../shared/memo.ts";

interface Props {
  shipped: string;
  /** The current bytes, or null when the listing does not assemble. */
  current: string | null;
  /** 1-based line of the first edit, for the "addresses moved" sentence. */
  firstChange: number | null;
}

const PER_ROW = 8;

export const HexDump = memo(function HexDump({ shipped, current, firstChange }: Props) {
  if (current === null) {
    return <p class="bc-muted">The listing does not assemble yet, so it has no bytes to show.</p>;
  }
  const bytes = dumpBytes(shipped, current);
  const differing = bytes.flatMap((b, i) => (b.state === "changed" ? [i] : []));
  const oldLength = shipped.length / 2;
  const rows: (typeof bytes)[] = [];
  for (let i = 0; i < bytes.length; i += PER_ROW) rows.push(bytes.slice(i, i + PER_ROW));
  let summary =
    differing.length === 0
      ? "No byte differs from the shipped function at the same offset."
      : `${differing.length} byte${differing.length === 1 ? "" : "s"} differ from the shipped function at the same offset (${differing
          .slice(0, 8)
          .map((i) => `0x${hex(i)}`)
          .join(", ")}${differing.length > 8 ? ", …" : ""}).`;
  if (bytes.length !== oldLength) {
    summary += ` The function ${bytes.length > oldLength ? "grew" : "shrank"} from ${oldLength} to ${bytes.length} bytes: every address after line ${firstChange ?? 1} moved. In a real binary you would have to find room for it.`;
  }
  return (
    <div class="bc-hex">
      <p>{summary}</p>
      <section class="table-scroll" tabIndex={0} aria-label="Hex dump of the function">
        <table>
          <thead>
            <tr>
              <th scope="col">Offset</th>
              <th scope="col">Bytes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <td>
                  <code>{hex(r * PER_ROW).padStart(4, "0")}</code>
                </td>
                <td>
                  <code>
                    {row.map((b, i) =>
                      b.state === "same" ? (
                        <span key={i}>{b.hex} </span>
                      ) : (
                        <strong key={i} class="bc-byte-new">
                          {b.hex}
                          <span class="sr-only"> ({b.state})</span>{" "}
                        </strong>
                      ),
                    )}
                  </code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
});
