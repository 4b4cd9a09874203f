/**
 * The simulator (engine.ts) and the panels a reader reaches only by interacting (panels.ts),
 * loaded together on the first interaction, once per page: the island's first load stays within
 * its budget. A failed load is reported through `onFailure` and tried again next time. The import
 * starts after the next paint, not inside the input handler that asked for it: starting it
 * (Vite's preload links, the fetches) costs a press tens of milliseconds at a phone's speed.
 */
import { useState } from "preact/hooks";
import { afterNextPaint } from "../shared/yield.ts";
import type { Engine } from "./engine.ts";
import type * as PanelsModule from "./panels.ts";

export type Panels = typeof PanelsModule;

let loading: Promise<[Engine, Panels]> | null = null;

export interface Loaded {
  engine: Engine | null;
  panels: Panels | null;
  /** Resolves with the engine (rejects after calling onFailure when it cannot be loaded). */
  load: () => Promise<Engine>;
}

export function useEngine(onFailure: (message: string) => void): Loaded {
  const [loaded, setLoaded] = useState<[Engine, Panels] | null>(null);
  const load = async (): Promise<Engine> => {
    try {
      if (!loading) await afterNextPaint();
      const pair = await (loading ??= Promise.all([import("./engine.ts"), import("./panels.ts")]));
      setLoaded((current) => current ?? pair);
      return pair[0];
    } catch (error) {
      loading = null;
      onFailure("The simulator could not be loaded. Check your connection and try again.");
      throw error;
    }
  };
  return { engine: loaded?.[0] ?? null, panels: loaded?.[1] ?? null, load };
}
