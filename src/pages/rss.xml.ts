import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { chapterPath, chaptersInOrder } from "../build/chapters.ts";
import { SITE_DESCRIPTION, SITE_NAME } from "../site.ts";

export async function GET(context: APIContext): Promise<Response> {
  const chapters = await chaptersInOrder();
  return rss({
    title: `${SITE_NAME}: chapters`,
    description: SITE_DESCRIPTION,
    site: context.site ?? "https://preferred-form.org",
    items: chapters.map((chapter) => ({
      title: chapter.data.title,
      description: chapter.data.summary,
      link: chapterPath(chapter),
      pubDate: chapter.data.updated,
    })),
    customData: "<language>en</language>",
  });
}
