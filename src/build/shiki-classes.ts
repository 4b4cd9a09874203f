/**
 * Shiki, made CSP-friendly: highlight with the css-variables theme, then turn every inline
 * `style="color:var(--shiki-token-X)"` into `class="tok-X"`. The site's CSS maps those classes to
 * theme colours, so highlighted code needs no `style` attribute and the CSP can forbid them.
 * Build time only: Shiki never ships to the browser.
 */
import { createCssVariablesTheme, type ShikiTransformer } from "shiki";

export const classTheme = createCssVariablesTheme({
  name: "preferred-form-classes",
  variablePrefix: "--shiki-",
  variableDefaults: {},
  fontStyle: true,
});

const TOKEN_VAR = /var\(--shiki-(?:token-)?([a-z-]+)\)/;

function styleToClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(";")) {
    const [property, value] = declaration.split(":").map((part) => part.trim());
    if (!property || !value) continue;
    if (property === "color") {
      const match = TOKEN_VAR.exec(value);
      if (match?.[1]) classes.push(`tok-${match[1]}`);
    } else if (property === "font-style" && value === "italic") {
      classes.push("tok-italic");
    } else if (property === "font-weight" && value === "bold") {
      classes.push("tok-bold");
    } else if (property === "text-decoration" && value === "underline") {
      classes.push("tok-underline");
    }
  }
  return classes;
}

function moveStyleToClass(node: { properties: Record<string, unknown> }): void {
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  delete node.properties["style"];
  const existing = node.properties["class"];
  const added = styleToClasses(style);
  const before = Array.isArray(existing) ? existing.map(String) : typeof existing === "string" ? [existing] : [];
  node.properties["class"] = [...before, ...added].join(" ");
}

/** A listing line's leading machine-code bytes ("    83 ff 12    cmp …"), spaces included. */
const BYTES_COLUMN = /^\s*(?:[0-9a-f]{2} )+\s*(?=[a-z])/i;

interface HastText {
  type: "text";
  value: string;
}
interface HastSpan {
  type: "element";
  tagName: string;
  properties: Record<string, unknown>;
  children: (HastText | HastSpan)[];
}

/**
 * Shiki's asm grammar reads a bytes column as a mix of numbers and words ("31" a constant, "c0"
 * plain), so the bytes of one instruction came out in two colours. The column is one thing: plain
 * muted text (the comment colour), split off the spans it shared with the mnemonic.
 */
function plainBytesColumn(line: HastSpan): void {
  const spans = line.children.filter((c): c is HastSpan => c.type === "element");
  const text = spans.map((s) => s.children.map((c) => (c.type === "text" ? c.value : "")).join("")).join("");
  const column = BYTES_COLUMN.exec(text)?.[0];
  if (!column) return;
  let left = column.length;
  const rest: HastSpan[] = [];
  for (const span of spans) {
    const value = span.children.map((c) => (c.type === "text" ? c.value : "")).join("");
    if (left >= value.length) {
      left -= value.length;
      continue;
    }
    rest.push({ ...span, children: [{ type: "text", value: value.slice(left) }] });
    left = 0;
  }
  const bytes: HastSpan = {
    type: "element",
    tagName: "span",
    properties: { class: "tok-comment" },
    children: [{ type: "text", value: column }],
  };
  line.children = [bytes, ...rest];
}

/** Removes every inline style Shiki writes, replacing token colours by `tok-*` classes. */
export const styleToClassTransformer: ShikiTransformer = {
  name: "preferred-form:style-to-class",
  // Shiki stops tokenising a line after 500 ms by default and leaves the rest uncoloured, so a
  // build on a loaded machine came out different from the same build on an idle one. No limit:
  // the reproducible build needs the same tokens whatever the clock says.
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
  pre(node) {
    moveStyleToClass(node);
    delete node.properties["tabindex"];
  },
  span(node) {
    moveStyleToClass(node);
  },
  line(node) {
    if (this.options.lang === "asm") plainBytesColumn(node as unknown as HastSpan);
  },
};
