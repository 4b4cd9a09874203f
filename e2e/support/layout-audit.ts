/**
 * A generic layout audit of whatever a page shows now, run in the page: no element whose
 * overflow is hidden cuts its text (scrollWidth beyond clientWidth), no two interactive elements
 * overlap, no control is smaller than 24 × 24 CSS px (WCAG 2.2 target size: inline links in a
 * sentence are exempt, and so is a small target with no other target within 24 px of its centre),
 * and nothing widens the page sideways. It knows no widget: it looks at every element, so it keeps
 * holding as widgets change.
 */
import type { Page } from "@playwright/test";

export interface LayoutProblems {
  sidewaysOverflow: number;
  clipped: string[];
  overlapping: string[];
  tooSmall: string[];
}

export function auditLayout(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : "";
      const classes = [...element.classList]
        .slice(0, 2)
        .map((name) => `.${name}`)
        .join("");
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      const label = element.getAttribute("aria-label") ?? "";
      return `<${element.tagName.toLowerCase()}${id}${classes}> "${text || label}"`;
    };
    const isVisuallyHidden = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        const box = node.getBoundingClientRect();
        if (style.clipPath.startsWith("inset(50%") || style.clip === "rect(0px, 0px, 0px, 0px)") return true;
        if (style.position === "absolute" && box.width <= 1 && box.height <= 1) return true;
      }
      return false;
    };
    /** The part of an element's box that its scrolling/clipping ancestors let through. */
    const visibleRect = (element: Element): DOMRect | null => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let node = element.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const clip = node.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return right - left > 0.5 && bottom - top > 0.5 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    // checkVisibility() is false inside a closed <details> (its content is skipped, though it still
    // reports boxes), under display: none, and with visibility: hidden.
    const rendered = (element: Element): boolean =>
      element.checkVisibility({ visibilityProperty: true }) &&
      element.getClientRects().length > 0 &&
      !element.closest("[inert]");

    const clipped: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      if (!["hidden", "clip"].includes(style.overflowX) || !rendered(element)) continue;
      if (element instanceof HTMLCanvasElement || element instanceof SVGElement || isVisuallyHidden(element)) continue;
      if (!(element.textContent ?? "").trim()) continue;
      if (element.scrollWidth > element.clientWidth + 1)
        clipped.push(`${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`);
    }

    const interactive = [
      ...document.body.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((element) => rendered(element) && !isVisuallyHidden(element) && !element.closest('[aria-hidden="true"]'));
    const targets = interactive
      .map((element) => ({ element, box: element.getBoundingClientRect(), visible: visibleRect(element) }))
      .filter((target) => target.visible !== null && target.box.bottom + scrollY > 0);

    const overlapping: string[] = [];
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i]!;
        const b = targets[j]!;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        // Inline links that wrap have one box per line: compare those, not the bounding box.
        const boxesOf = (target: typeof a): DOMRect[] =>
          [...target.element.getClientRects()].map((rect) => {
            const v = target.visible!;
            const left = Math.max(rect.left, v.left);
            const top = Math.max(rect.top, v.top);
            return new DOMRect(left, top, Math.min(rect.right, v.right) - left, Math.min(rect.bottom, v.bottom) - top);
          });
        const hit = boxesOf(a).some((p) =>
          boxesOf(b).some(
            (q) =>
              p.width > 0 &&
              q.width > 0 &&
              Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 &&
              Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1,
          ),
        );
        if (hit) overlapping.push(`${describe(a.element)} overlaps ${describe(b.element)}`);
      }
    }

    const tooSmall: string[] = [];
    const centre = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    for (const target of targets) {
      const { element, box } = target;
      if (box.width >= 23.5 && box.height >= 23.5) continue;
      // WCAG 2.5.8 "inline": a link inside a sentence is as tall as the line allows.
      if (element.tagName === "A" && getComputedStyle(element).display === "inline") continue;
      const c = centre(box);
      const crowded = targets.some((other) => {
        if (other === target) return false;
        const o = other.box;
        const dx = Math.max(o.left - c.x, 0, c.x - o.right);
        const dy = Math.max(o.top - c.y, 0, c.y - o.bottom);
        return Math.hypot(dx, dy) < 12 || Math.hypot(centre(o).x - c.x, centre(o).y - c.y) < 24;
      });
      if (crowded) tooSmall.push(`${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    }

    return {
      sidewaysOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      clipped,
      overlapping,
      tooSmall,
    };
  });
}
