/**
 * Wraps every Markdown table in a labelled, focusable scroll region, so a wide table scrolls by
 * itself on a 320 px phone instead of widening the whole page, and keyboard users can scroll it.
 * A <section> with an aria-label is a region without an explicit role (html-validate prefers it).
 */
import type { Element, ElementContent, Root } from "hast";

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

function firstHeaderText(table: Element): string {
  const stack: ElementContent[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.shift();
    if (node?.type !== "element") continue;
    if (node.tagName === "th") return textOf(node).trim();
    stack.unshift(...node.children);
  }
  return "";
}

function wrapTables(parent: Root | Element): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== "element") return child;
    if (child.tagName === "table") {
      const heading = firstHeaderText(child);
      return {
        type: "element",
        tagName: "section",
        properties: { className: ["table-scroll"], tabIndex: 0, ariaLabel: heading ? `Table: ${heading}…` : "Table" },
        children: [child],
      } satisfies Element;
    }
    wrapTables(child);
    return child;
  });
}

export default function rehypeScrollTables() {
  return (tree: Root): void => wrapTables(tree);
}
