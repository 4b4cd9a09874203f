import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { rehypeHeadingIds, unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import { subsetFonts } from "./src/build/fonts/integration.ts";
import { headerCsp } from "./src/build/header-csp.ts";
import { sourceArchive } from "./src/build/source-archive.ts";
import { reproducibleIslands } from "./src/build/reproducible-islands.ts";
import rehypeScrollTables from "./src/build/rehype-scroll-tables.ts";
import rehypeSidenotes from "./src/build/rehype-sidenotes.ts";
import { classTheme, styleToClassTransformer } from "./src/build/shiki-classes.ts";
import { payoffPanelHash } from "./src/build/payoff-script.ts";
import { themeInitHash } from "./src/build/theme-init.ts";
import { SITE_URL } from "./src/site.ts";

export default defineConfig({
  site: SITE_URL,
  trailingSlash: "always",
  // Stylesheets under 4 KB (a layout's, a component's, a widget's) are inlined, so a chapter loads one
  // shared stylesheet (global.css, cached across pages) instead of five or six small files, each
  // one more request and compressed alone (0.8 KB more gzip on /a-wrong-fact/). Their CSP hashes are
  // Astro's; src/build/page-csp.ts keeps on each page only the hashes of what it inlines.
  build: { format: "directory", inlineStylesheets: "auto" },
  devToolbar: { enabled: false },
  prefetch: false,
  markdown: {
    syntaxHighlight: "shiki",
    shikiConfig: { theme: classTheme, transformers: [styleToClassTransformer] },
    processor: unified({
      // The notes' heading is visible (remark-rehype hides it by default): readers scan for it.
      remarkRehype: { footnoteLabel: "Notes", footnoteLabelProperties: { className: ["notes-heading"] } },
      rehypePlugins: [
        rehypeScrollTables,
        rehypeSidenotes,
        rehypeHeadingIds,
        [
          rehypeAutolinkHeadings,
          {
            behavior: "append",
            test: ["h2", "h3"],
            properties: { className: ["heading-anchor"] },
            content: [
              {
                type: "element",
                tagName: "span",
                properties: { ariaHidden: "true" },
                children: [{ type: "text", value: "#" }],
              },
              {
                type: "element",
                tagName: "span",
                properties: { className: ["visually-hidden"] },
                children: [{ type: "text", value: "Link to this section" }],
              },
            ],
          },
        ],
      ],
    }),
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !page.includes("/embed/") }),
    // Fonts are cut from the finished pages and headerCsp fills dist/_headers; the islands step
    // stamps the manifest of every file, so it runs last.
    sourceArchive(),
    subsetFonts(),
    headerCsp(),
    reproducibleIslands(),
  ],
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { hashes: [themeInitHash, payoffPanelHash] },
    },
  },
  vite: {
    build: { sourcemap: false },
  },
});
