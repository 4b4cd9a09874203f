/**
 * Sidenotes without JavaScript. Each footnote's text is copied, once, into a <div class=
 * "sidenote"> placed just before the top-level block that first cites it; CSS floats it into the
 * right margin on wide screens (Tufte CSS's technique) and hides it elsewhere and in print, where
 * the endnotes (which stay, with their back-links) are the notes. The copy is aria-hidden and its
 * links are out of the tab order, so assistive technology and keyboards meet each note once, as
 * an endnote.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";

const REF_PREFIX = "#user-content-fn-";

function isElement(node: RootContent | ElementContent | undefined): node is Element {
  return node?.type === "element";
}

function footnoteItems(root: Root): Map<string, Element> {
  const items = new Map<string, Element>();
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tagName === "li" && typeof child.properties["id"] === "string")
        items.set(child.properties["id"], child);
      visit(child);
    }
  };
  const section = root.children.find(
    (node): node is Element => isElement(node) && node.tagName === "section" && "dataFootnotes" in node.properties,
  );
  if (section) visit(section);
  return items;
}

/** The note's content without its back-links, its links taken out of the tab order. */
function noteCopy(node: ElementContent): ElementContent[] {
  // Line breaks in a note's text become spaces (HTML renders them alike), so the copy on one line
  // has no trailing whitespace for html-validate to report.
  if (node.type === "text") return [{ ...node, value: node.value.replace(/\s*\n\s*/g, " ") }];
  if (!isElement(node)) return [node];
  if ("dataFootnoteBackref" in node.properties) return [];
  const properties = { ...node.properties };
  delete properties["id"];
  if (node.tagName === "a") properties["tabIndex"] = -1;
  const tagName = node.tagName === "p" ? "span" : node.tagName;
  return [{ ...node, tagName, properties, children: node.children.flatMap(noteCopy) }];
}

function referencesIn(node: Element, found: { id: string; label: string }[]): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const href = child.properties["href"];
    if (child.tagName === "a" && "dataFootnoteRef" in child.properties && typeof href === "string") {
      const first = child.children[0];
      found.push({ id: href.slice(1), label: first?.type === "text" ? first.value : "" });
    } else referencesIn(child, found);
  }
}

export default function rehypeSidenotes() {
  return (tree: Root): void => {
    const items = footnoteItems(tree);
    if (items.size === 0) return;
    const placed = new Set<string>();
    const children: RootContent[] = [];
    for (const block of tree.children) {
      if (isElement(block) && !("dataFootnotes" in block.properties)) {
        const references: { id: string; label: string }[] = [];
        referencesIn(block, references);
        for (const { id, label } of references) {
          const item = items.get(id);
          if (!item || placed.has(id) || !`#${id}`.startsWith(REF_PREFIX)) continue;
          placed.add(id);
          children.push({
            type: "element",
            // A div, not an aside: hidden from assistive technology, it must not be a landmark
            // (html-validate's unique-landmark), and the endnotes are what screen readers read.
            tagName: "div",
            properties: { className: ["sidenote"], ariaHidden: "true" },
            children: [
              {
                type: "element",
                tagName: "span",
                properties: { className: ["sidenote-number"] },
                children: [{ type: "text", value: label }],
              },
              { type: "text", value: " " },
              ...item.children.flatMap(noteCopy),
            ],
          });
        }
      }
      children.push(block);
    }
    tree.children = children;
  };
}
