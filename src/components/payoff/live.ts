/**
 * The payoff panel's live part: fills each panel's cards from the payoff store and keeps them in
 * step as the reader finishes a challenge (in this tab or another). It is not loaded as a module:
 * src/build/payoff-script.ts bundles it at build time into a small classic script that the panel
 * inlines right after its markup, so it runs before first paint (no shift when the figures
 * arrive), costs no request, and counts in each page's first-load bytes.
 */
import { onPayoffChange, readPayoff, type Payoff } from "../../widgets/shared/payoff.ts";
import { payoffLines } from "./payoff-text.ts";

function render(panel: HTMLElement, payoff: Payoff): void {
  for (const card of panel.querySelectorAll<HTMLElement>("[data-payoff]")) {
    const lines = payoffLines(card.dataset["payoff"] ?? "", payoff);
    if (!lines) continue;
    const figure = card.querySelector<HTMLElement>("[data-payoff-figure]");
    const detail = card.querySelector<HTMLElement>("[data-payoff-detail]");
    if (figure) figure.textContent = lines.figure;
    if (detail) detail.textContent = lines.detail;
    card.classList.add("payoff-done");
  }
}

// Each panel's copy of this script takes the panels not yet taken, so a page with two panels
// subscribes each once.
for (const panel of document.querySelectorAll<HTMLElement>("[data-payoff-panel]:not([data-payoff-live])")) {
  panel.dataset["payoffLive"] = "";
  render(panel, readPayoff());
  onPayoffChange((payoff) => render(panel, payoff));
}
