/**
 * The one inline script of every page: it picks the theme before first paint, so a reader who
 * chose dark never sees a light flash. It must stay tiny and inline (a file would load too late);
 * the CSP allows it by its SHA-256, computed here from the exact text that the layout inlines.
 */
import { createHash } from "node:crypto";

import { THEME_STORAGE_KEY } from "./theme-key.ts";

export { THEME_STORAGE_KEY };

// It also marks the page as scripted (data-js), so the theme toggle's place is kept from the
// first paint and the header does not shift when the toggle's own script runs.
export const themeInitScript =
  `(function(){var d=document.documentElement;d.dataset.js="";try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");` +
  `if(t==="dark"||t==="light")d.dataset.theme=t}catch(e){}})();`;

export const themeInitHash = `sha256-${createHash("sha256").update(themeInitScript).digest("base64")}` as const;
