/** The chapters in reading order, with their neighbours: shared by the home page, routes and feeds. */
import { getCollection, type CollectionEntry } from "astro:content";

export type Chapter = CollectionEntry<"essays">;

export async function chaptersInOrder(): Promise<Chapter[]> {
  const chapters = await getCollection("essays");
  const orders = new Map<number, string>();
  for (const chapter of chapters) {
    const clash = orders.get(chapter.data.order);
    if (clash) throw new Error(`content/essays: ${chapter.id} and ${clash} both have order ${chapter.data.order}`);
    orders.set(chapter.data.order, chapter.id);
  }
  return chapters.sort((a, b) => a.data.order - b.data.order);
}

export const chapterPath = (chapter: Chapter): string => `/${chapter.id}/`;
export const chapterImagePath = (chapter: Chapter): string => `/og/${chapter.id}.png`;
