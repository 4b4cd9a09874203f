import { toJson } from "../components/scorecard/export.ts";
import { modelsByName } from "../build/models.ts";

export async function GET(): Promise<Response> {
  return new Response(toJson(await modelsByName()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
