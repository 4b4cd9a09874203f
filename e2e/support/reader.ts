/**
 * A reader's browser session, instrumented: everything that would make a page untrustworthy
 * (console errors, uncaught exceptions, CSP violations, requests to other origins) is recorded,
 * so a test can open a page like a reader and then assert that none of it happened.
 */
import type { Page } from "@playwright/test";

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: () => Promise<string[]>;
}

const SITE_ORIGIN = "http://127.0.0.1:4321";

export async function watchPage(page: Page, allowedOrigins: string[] = [SITE_ORIGIN]): Promise<PageProblems> {
  const problems = {
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
    foreignRequests: [] as string[],
  };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!allowedOrigins.includes(new URL(url).origin)) problems.foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    ...problems,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []),
  };
}
