/** Site-wide constants shared by the config, layouts and feeds. */
export const SITE_URL = process.env["SITE_URL"] ?? "https://preferred-form.org";
export const SITE_NAME = "Preferred Form";
export const SITE_DESCRIPTION =
  "An explainer with live challenges: fix a bug by patching an x86-64 listing, then by patching a weight matrix, then by fixing the source and rebuilding — and see why open weights are not open source.";
