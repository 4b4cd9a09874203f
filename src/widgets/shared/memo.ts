/**
 * A component that re-renders only when one of its props changes (compared with Object.is), like
 * React.memo. Built from Preact's public class-component API (`Component` and its
 * `shouldComponentUpdate`) rather than preact/compat, whose import also patches Preact globally
 * for React compatibility.
 */
import { Component, h, type ComponentChildren, type ComponentType, type FunctionComponent } from "preact";

function propsDiffer(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (!(key in after)) return true;
  for (const key in after) if (!Object.is(before[key], after[key])) return true;
  return false;
}

export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  class Memoised extends Component<P> {
    static override displayName = `memo(${render.displayName ?? render.name})`;

    override shouldComponentUpdate(next: P): boolean {
      return propsDiffer(this.props, next);
    }

    override render(props: P): ComponentChildren {
      return h(render, props);
    }
  }
  return Memoised;
}
