/**
 * oEmbed (https://oembed.com/) for each widget: a static `rich` response whose html is the same
 * iframe snippet the Embed button gives, so consumers that support discovery can embed it.
 */
import type { APIContext } from "astro";
import { SITE_NAME } from "../../site.ts";
import { WIDGETS, type WidgetInfo } from "../../widgets/registry.ts";

export function getStaticPaths() {
  return WIDGETS.map((info) => ({ params: { widget: info.name }, props: { info } }));
}

export function GET({ props, site }: APIContext<{ info: WidgetInfo }>): Response {
  const { info } = props;
  const base = site ?? new URL("https://preferred-form.org");
  const src = new URL(`/embed/${info.name}/`, base).href;
  const chapter = new URL(`/${info.chapter}/`, base).href;
  const html =
    `<iframe src="${src}" title="${info.title}" width="100%" height="${info.embedHeight}" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>`;
  const body = {
    version: "1.0",
    type: "rich",
    title: info.title,
    provider_name: SITE_NAME,
    provider_url: new URL("/", base).href,
    html,
    width: 720,
    height: info.embedHeight,
    thumbnail_url: new URL(`/og/widget-${info.name}.png`, base).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
    url: chapter,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
}
