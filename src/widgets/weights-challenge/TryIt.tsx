/**
 * "Try it": draw a digit on the 8×8 grid (pointer or keyboard) or pick a held-out test image,
 * and see what the current weights make of it. The prediction is announced politely.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { predict, type DigitsSplit, type MlpParams } from "./core.ts";
import { drawDigit } from "./draw.ts";
import { percent } from "./model.ts";
import { enterRunsAction } from "../shared/sandbox-safe-form.ts";

const CELL = 32;

/** A test image another part of the widget asks to show (a new `seq` asks again). */
export interface ShowRequest {
  image: number;
  seq: number;
}

interface Props {
  params: MlpParams;
  test: DigitsSplit;
  request?: ShowRequest | null;
  /** Told which test image is shown, or null once the reader draws. */
  onShowing?: (image: number | null) => void;
}

export function TryIt({ params, test, request = null, onShowing }: Props) {
  const first = request?.image ?? 0;
  const [pixels, setPixels] = useState<number[]>(() => Array.from(test.pixels.subarray(first * 64, first * 64 + 64)));
  const [cursor, setCursor] = useState(27);
  const [pick, setPick] = useState(first);
  const [pickText, setPickText] = useState(String(first));
  const [pickError, setPickError] = useState("");
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [drawn, setDrawn] = useState(false);

  const prediction = useMemo(() => predict(params, pixels), [params, pixels]);
  useEffect(() => {
    if (request) loadTest(request.image);
  }, [request?.seq]);
  useEffect(() => onShowing?.(drawn ? null : pick), [drawn, pick]);
  useEffect(() => {
    if (canvasRef.current) drawDigit(canvasRef.current, pixels, CELL, focused ? cursor : -1);
  }, [pixels, cursor, focused]);

  const loadTest = (index: number) => {
    const i = ((index % test.count) + test.count) % test.count;
    setDrawn(false);
    setPick(i);
    setPickText(String(i));
    setPickError("");
    setPixels(Array.from(test.pixels.subarray(i * 64, i * 64 + 64)));
  };
  const showPicked = () => {
    const n = Number(pickText);
    if (!Number.isInteger(n) || n < 0 || n >= test.count)
      setPickError(`Enter a whole number from 0 to ${test.count - 1}.`);
    else loadTest(n);
  };
  const setPixel = (pixel: number, value: number) => {
    // Once the reader draws, the image is theirs: no longer the test image named below.
    setDrawn(true);
    setPixels((old) => old.map((v, i) => (i === pixel ? value : v)));
  };

  const cellAt = (event: PointerEvent): number | null => {
    const canvas = canvasRef.current;
    if (!canvas) return null;
    const box = canvas.getBoundingClientRect();
    const col = Math.floor(((event.clientX - box.left) / box.width) * 8);
    const row = Math.floor(((event.clientY - box.top) / box.height) * 8);
    return row >= 0 && row < 8 && col >= 0 && col < 8 ? row * 8 + col : null;
  };
  const onPointer = (event: PointerEvent) => {
    if (event.type === "pointerdown") {
      (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      const cell = cellAt(event);
      // Starting on an inked cell erases; on a blank one, inks.
      drawing.current = cell !== null && (pixels[cell] ?? 0) > 0 ? 0 : 16;
    }
    if (drawing.current === null) return;
    event.preventDefault();
    const cell = cellAt(event);
    if (cell !== null && pixels[cell] !== drawing.current) setPixel(cell, drawing.current);
  };
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -8, ArrowDown: 8 };
    const move = moves[event.key];
    if (move !== undefined) {
      const col = cursor % 8;
      if ((move === -1 && col === 0) || (move === 1 && col === 7)) return event.preventDefault();
      const next = cursor + move;
      if (next >= 0 && next < 64) setCursor(next);
    } else if (event.key === " " || event.key === "Enter") {
      setPixel(cursor, (pixels[cursor] ?? 0) >= 16 ? 0 : Math.min(16, (pixels[cursor] ?? 0) + 4));
    } else if (event.key === "Delete" || event.key === "Backspace") setPixel(cursor, 0);
    else return;
    event.preventDefault();
  };

  const best = prediction.digit;
  return (
    <div class="wc-try">
      <div class="wc-try-draw">
        <div
          class="wc-draw-frame"
          role="application"
          tabIndex={0}
          aria-label="Drawing grid, 8 by 8. Arrow keys move the cursor; Space or Enter adds ink (0 to 16, then back to 0); Delete clears the cell."
          aria-describedby="wc-cursor"
          onKeyDown={onKey}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          onPointerDown={onPointer}
          onPointerMove={onPointer}
          onPointerUp={() => (drawing.current = null)}
          onPointerCancel={() => (drawing.current = null)}
        >
          <canvas ref={canvasRef} class="wc-draw" width={8 * CELL} height={8 * CELL} aria-hidden="true" />
        </div>
        <p id="wc-cursor" class="wc-small">
          Cursor: row {Math.floor(cursor / 8) + 1}, column {(cursor % 8) + 1}, ink {pixels[cursor]} of 16.
        </p>
        <div class="wc-row">
          <button
            type="button"
            onClick={() => {
              setDrawn(true);
              setPixels(Array.from({ length: 64 }, () => 0));
            }}
          >
            Clear
          </button>
          <button type="button" onClick={() => loadTest(pick - 1)}>
            Previous test image
          </button>
          <button type="button" onClick={() => loadTest(pick + 1)}>
            Next test image
          </button>
        </div>
        <div class="wc-row" onKeyDown={enterRunsAction(showPicked)}>
          <label>
            Test image (0–{test.count - 1}){" "}
            <input
              class="wc-num"
              inputMode="numeric"
              value={pickText}
              aria-invalid={pickError !== ""}
              aria-describedby="wc-pick-error"
              onInput={(event) => setPickText(event.currentTarget.value)}
            />
          </label>
          <button type="button" onClick={showPicked}>
            Show
          </button>
          <span id="wc-pick-error" class="wc-field-error">
            {pickError}
          </span>
        </div>
        <p class="wc-small" id="wc-shown">
          {drawn ? "Your drawing: no label." : `Showing test image ${pick}, labelled ${test.labels[pick]}.`}
        </p>
      </div>
      <div class="wc-try-result">
        <p class="wc-prediction" role="status">
          The model reads this as <strong>{best}</strong> ({percent(prediction.probabilities[best] ?? 0)}).
        </p>
        <ol class="wc-probs" aria-label="Probability of each digit">
          {Array.from(prediction.probabilities).map((p, digit) => (
            <li key={digit} class={digit === best ? "wc-best" : undefined}>
              <span class="wc-prob-digit">{digit}</span>
              <svg class="wc-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect width={Math.max(0.5, p * 100)} height="10" />
              </svg>
              <span class="wc-prob-value">{percent(p)}</span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
