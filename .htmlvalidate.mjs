// html-validate settings for dist/: the recommended preset, plus Astro's custom elements.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Inline style attributes would break the strict CSP, so they are an error, not a preference.
    "no-inline-style": "error",
  },
  elements: [
    "html5",
    {
      // Astro's island elements: custom elements that wrap flow content.
      "astro-island": { flow: true, phrasing: true },
      "astro-slot": { flow: true, phrasing: true, transparent: true },
      "astro-static-slot": { flow: true, phrasing: true, transparent: true },
    },
  ],
};
