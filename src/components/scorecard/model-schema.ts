/**
 * Schema for one "can you rebuild it?" scorecard entry (content/models/<id>.json).
 *
 * Every cell carries a value and an https source; most carry a short note. Objects are strict, so
 * a misspelt or extra field fails the build with its path named. Register it as the `models`
 * collection with the glob loader over content/models/*.json.
 *
 * Scales (what the values mean):
 * - weightsDownloadable: yes = anyone can download; gated = only after accepting terms or
 *   registering; no = not published.
 * - trainingCode / trainingData: yes = released; partial = some of it (e.g. a public extract of the
 *   corpus, or data-prep code without the training stack); no = not released.
 * - dataRedistributable: may the training data itself be passed on? yes = released and the texts are
 *   openly licensed or public domain; partial = released, but parts carry third-party copyright or
 *   were withdrawn/withheld; no = not released; unknown = the documents do not say.
 * - osiValidation: OSI's own validation-phase results (OSAID FAQ); not-assessed when OSI published
 *   none for this model (the note then says which sibling OSI did assess, if any).
 * - rebuildable: could an outsider retrain a substantially equivalent model from what was released?
 * - released: the date anyone could first download the weights (under whatever gate
 *   weightsDownloadable records), not an announcement or a hosted-only launch; releasedSource says
 *   where that date is shown, releasedNote what came before it.
 * - mof (optional): the model's class under the Linux Foundation's Model Openness Framework, where a
 *   Model Openness Tool record states one.
 * - euAiAct (optional): a fact that bears on the EU AI Act's treatment of the model, as its provider
 *   or a public record states it.
 */
import { z } from "astro/zod";

export const httpsUrl = z.url({ protocol: /^https$/ });
const note = z.string().min(1).max(140);

const cell = <T extends z.ZodType>(value: T) => z.strictObject({ value, note, source: httpsUrl });

export const DOWNLOADABLE = ["yes", "no", "gated"] as const;
export const RELEASED = ["yes", "partial", "no"] as const;
export const REDISTRIBUTABLE = ["yes", "partial", "no", "unknown"] as const;
export const OSI_VALIDATION = ["passed", "would-pass-with-licence-changes", "did-not-pass", "not-assessed"] as const;
export const REBUILDABLE = ["yes", "partly", "no"] as const;
/** Model Openness Framework classes: I is the most open ("Open Science"), III the least ("Open Model"). */
export const MOF_CLASSES = ["class-i", "class-ii", "class-iii"] as const;

export const modelSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id must be kebab-case"),
  name: z.string().min(2).max(60),
  developer: z.string().min(2).max(60),
  /** ISO date; YYYY-MM when the day could not be confirmed. */
  released: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "released must be YYYY-MM or YYYY-MM-DD"),
  releasedSource: httpsUrl,
  releasedNote: note.optional(),
  weightsDownloadable: cell(z.enum(DOWNLOADABLE)),
  weightsLicence: z
    .strictObject({
      value: z.string().min(2).max(80),
      osiApproved: z.boolean(),
      note,
      source: httpsUrl,
      /** Where OSI lists the licence as approved; required when osiApproved is true. */
      osiApprovalSource: httpsUrl.optional(),
    })
    .refine((l) => !l.osiApproved || l.osiApprovalSource !== undefined, {
      message: "osiApprovalSource is required when osiApproved is true",
      path: ["osiApprovalSource"],
    }),
  trainingCode: cell(z.enum(RELEASED)),
  trainingData: cell(z.enum(RELEASED)),
  dataRedistributable: cell(z.enum(REDISTRIBUTABLE)),
  osiValidation: z.strictObject({
    value: z.enum(OSI_VALIDATION),
    note: note.optional(),
    source: httpsUrl,
  }),
  mof: cell(z.enum(MOF_CLASSES)).optional(),
  euAiAct: z.strictObject({ note, source: httpsUrl }).optional(),
  rebuildable: z.strictObject({
    value: z.enum(REBUILDABLE),
    reason: note,
    source: httpsUrl,
  }),
});

export type Model = z.infer<typeof modelSchema>;
