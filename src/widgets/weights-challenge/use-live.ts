/**
 * The widget's heavy half on demand: live.ts (the core, the digits data, the published weights)
 * loads once, when `start()` is first called; a failed load can be started again. The view reads
 * `phase`, and `ready` once everything has arrived and checked out.
 */
import { useRef, useState } from "preact/hooks";
import type * as LiveModule from "./live.ts";
import type { Loaded } from "./live.ts";
import { useLatestCallback } from "../shared/use-latest-callback.ts";

export type Live = typeof LiveModule;
export type Phase = "idle" | "loading" | "ready";
export type Ready = Extract<Loaded, { ok: true }> & { live: Live };

let livePromise: Promise<Live> | null = null;
function importLive(): Promise<Live> {
  livePromise ??= import("./live.ts").catch((error: unknown) => {
    livePromise = null;
    throw error;
  });
  return livePromise;
}

/**
 * `onLoaded` runs once the load has finished, before the view sees it (the latest one passed is
 * used), so the view can settle its state in the same render that shows the live widget.
 */
export function useLive(publishedSha256: string, onLoaded: (live: Live, result: Loaded) => void) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [live, setLive] = useState<Live | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const phaseRef = useRef<Phase>("idle");
  const notifyLoaded = useLatestCallback(onLoaded);

  const start = () => {
    if (phaseRef.current !== "idle") return;
    phaseRef.current = "loading";
    setPhase("loading");
    setLoaded(null);
    void importLive()
      .then(async (module) => {
        const result = await module.loadChallenge(publishedSha256);
        notifyLoaded(module, result);
        setLive(module);
        setLoaded(result);
        // A failed load is retried when the reader presses Start again.
        phaseRef.current = result.ok ? "ready" : "idle";
        setPhase(phaseRef.current);
      })
      .catch(() => {
        phaseRef.current = "idle";
        setPhase("idle");
        setLoaded({ ok: false, message: "The widget's code could not be loaded. Check the connection." });
      });
  };

  const ready: Ready | null = phase === "ready" && live && loaded?.ok ? { live, ...loaded } : null;
  const failure = loaded && !loaded.ok ? loaded.message : null;
  return { phase, ready, failure, start };
}
