/** A weights hash next to the published one, said in words: the comparison readers care about. */
export function HashLine({
  sha256,
  publishedSha256,
  label,
}: {
  sha256: string;
  publishedSha256: string;
  label: string;
}) {
  const same = sha256 === publishedSha256;
  return (
    <p class="wc-hash">
      {label}:{" "}
      <code class="wc-sha" data-sha256={sha256}>
        {sha256}
      </code>{" "}
      <strong class={same ? "wc-same" : "wc-differs"}>
        {same ? "matches the published build, bit for bit" : "a different build from the published one"}
      </strong>
      {!same && (
        <>
          {" "}
          (published: <code class="wc-sha">{publishedSha256}</code>)
        </>
      )}
    </p>
  );
}
