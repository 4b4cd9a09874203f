/**
 * A component that re-renders only when one of its props changes (compared with Object.is), like
 * React.memo. Written here rather than imported from preact/compat, whose import also patches
 * Preact globally for React compatibility. It relies on Preact giving a function component its
 * component instance as `this`, which is how preact/compat's own memo works.
 */
import { h, type ComponentChildren, type FunctionComponent } from "preact";

function propsDiffer(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (!(key in b)) return true;
  for (const key in b) if (!Object.is(a[key], b[key])) return true;
  return false;
}

export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function Memoised(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P): ComponentChildren {
    this.shouldComponentUpdate = (next: P) =>
      propsDiffer(this.props as Record<string, unknown>, next as Record<string, unknown>);
    return h(render, props);
  }
  Memoised.displayName = `memo(${render.displayName ?? render.name})`;
  return Memoised as FunctionComponent<P>;
}
