/**
 * Progressive enhancement for the scorecard table: sort by any column (a button in each header,
 * with aria-sort) and filter by "could a third party rebuild it?". Without JavaScript the table
 * is complete and static; this only reorders and hides rows, and announces the result.
 */

const RANK: Record<string, number> = {
  yes: 0,
  passed: 0,
  true: 0,
  partly: 1,
  partial: 1,
  gated: 1,
  "would-pass-with-licence-changes": 1,
  unknown: 2,
  "not-assessed": 2,
  no: 3,
  false: 3,
  "did-not-pass": 3,
};

function sortKey(row: HTMLTableRowElement, column: string): string | number {
  const cell = row.querySelector<HTMLElement>(`[data-col="${column}"]`);
  const value = cell?.dataset["value"] ?? cell?.dataset["sort"] ?? cell?.textContent ?? "";
  return value in RANK ? (RANK[value] ?? 9) : value.toLowerCase();
}

const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export function enhanceScorecard(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-col]")];
  if (!body || headers.length === 0) return;
  const rows = [...body.rows];
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");

  const filter = document.createElement("label");
  filter.className = "scorecard-filter";
  filter.textContent = "Show ";
  const select = document.createElement("select");
  for (const [value, label] of [
    ["all", "all models"],
    ["yes", "rebuildable: yes"],
    ["partly", "rebuildable: partly"],
    ["no", "rebuildable: no"],
  ]) {
    select.add(new Option(label, value));
  }
  filter.append(select);
  table.closest(".scorecard")?.prepend(filter, status);
  select.addEventListener("change", () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = select.value !== "all" && row.dataset["rebuildable"] !== select.value;
      if (!row.hidden) shown++;
    }
    status.textContent = `${shown} of ${rows.length} models shown.`;
  });

  for (const header of headers) {
    const column = header.dataset["col"] ?? "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      for (const other of headers) other.removeAttribute("aria-sort");
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const sorted = [...rows].sort((a, b) => {
        const x = sortKey(a, column);
        const y = sortKey(b, column);
        // Keys are lower-cased names and plain values, so comparing code points orders them as
        // localeCompare would (e2e/scorecard.spec.ts checks it against localeCompare), without
        // the first click paying for starting ICU's collator (15 ms in Chromium here).
        const order = typeof x === "number" && typeof y === "number" ? x - y : compareText(String(x), String(y));
        return ascending ? order : -order;
      });
      body.append(...sorted);
      status.textContent = `Sorted by ${button.textContent?.trim() ?? column}, ${ascending ? "ascending" : "descending"}.`;
    });
  }
}
