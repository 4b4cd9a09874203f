import { toCsv } from "../components/scorecard/export.ts";
import { modelsByName } from "../build/models.ts";

export async function GET(): Promise<Response> {
  return new Response(toCsv(await modelsByName()), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
