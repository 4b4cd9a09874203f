/**
 * The images behind the chosen row of the behaviour table (examples.ts), each a button that opens
 * it in "Try it", where the reader sees what the current weights make of it and can draw on it.
 * Loaded with the live half of the widget (live.ts), not on view.
 */
import { useMemo } from "preact/hooks";
import type { DigitsSplit } from "./core.ts";
import { EXAMPLES_ID } from "./BehaviourTable.tsx";
import { rowExamples } from "./examples.ts";
import type { Row } from "./rows.ts";
import { Thumb } from "./Thumbs.tsx";

/** More than this many images (a weight edit can break hundreds) are summarised, not drawn. */
const SHOWN = 60;

interface Props {
  row: Row;
  test: DigitsSplit;
  /** The current weights' digit for each test image. */
  predicted: Uint8Array;
  /** The published weights' digit for each test image. */
  reference: Uint8Array;
  /** The test image "Try it" shows, if it shows one. */
  showing: number | null;
  onShow: (image: number) => void;
  onClose: () => void;
}

export function RowExamples({ row, test, predicted, reference, showing, onShow, onClose }: Props) {
  const examples = useMemo(() => rowExamples(row, test.labels, predicted, reference), [row, predicted]);
  return (
    <section id={EXAMPLES_ID} class="wc-examples" aria-labelledby="wc-examples-h">
      <h3 class="wc-h" id="wc-examples-h">
        Images behind “{row.name}” ({row.pass ? "pass" : "fail"})
      </h3>
      <p>{examples.summary}</p>
      {examples.kind === "images" && examples.images.length > 0 && (
        <>
          <p class="wc-small">
            Choose one to open it in “Try it”
            {examples.images.length > SHOWN ? `; the first ${SHOWN} of ${examples.images.length} are listed` : ""}.
          </p>
          <ul class="wc-example-list">
            {examples.images.slice(0, SHOWN).map((e) => (
              <li key={e.image}>
                <button type="button" aria-pressed={showing === e.image} onClick={() => onShow(e.image)}>
                  <Thumb pixels={test.pixels.subarray(e.image * 64, e.image * 64 + 64)} />
                  <span>
                    Test image {e.image}: a {e.label}, read as {e.predicted}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="wc-small" role="status">
        {showing !== null &&
          examples.kind === "images" &&
          examples.images.some((e) => e.image === showing) &&
          `“Try it” below shows test image ${showing}, a ${test.labels[showing]}; the current weights read it as ${predicted[showing]}.`}
      </p>
      <p>
        <button type="button" onClick={onClose}>
          Hide these images
        </button>
      </p>
    </section>
  );
}
