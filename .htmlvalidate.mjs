// html-validate settings for dist/: the recommended preset, plus Astro's custom elements.
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // Inline style attributes would break the strict CSP, so they are an error, not a preference.
    "no-inline-style": "error",
    // A style preference, not validity: Preact's server renderer writes void elements self-closed
    // (`<input/>`, the reproducibility lab's seed field, rendered before hydration so hydrating
    // moves nothing), which HTML allows; the Nu HTML checker step checks validity.
    "void-style": "off",
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
