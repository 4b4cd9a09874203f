/**
 * The Share and Embed buttons every widget carries. Share copies a link to the current state;
 * Embed shows an iframe snippet for it (with a plain link as fallback for hosts that strip
 * iframes). When the clipboard is not available the text is shown selected, ready to copy.
 */
import { useState } from "preact/hooks";
import type { ShareSpec } from "../../core/share/fragment.ts";
import { copyText, embedUrl, shareUrl } from "./share-link.ts";

interface Props<State> {
  spec: ShareSpec<State>;
  /** The chapter that holds this widget, e.g. "/the-assembly-listing/". */
  chapterPath: string;
  title: string;
  getState: () => State;
  embedHeight: number;
  /**
   * Rendered but inert: a widget server-renders its bar disabled, so the bar already takes its
   * place before hydration and hydrating does not push what follows it down.
   */
  disabled?: boolean;
}

export function embedSnippet(src: string, title: string, height: number, chapterUrl: string): string {
  const safeTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<iframe src="${src}" title="${safeTitle}" width="100%" height="${height}" loading="lazy" ` +
    `sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%"></iframe>\n` +
    `<p><a href="${chapterUrl}">${safeTitle}</a></p>`
  );
}

export function ShareBar<State>({ spec, chapterPath, title, getState, embedHeight, disabled = false }: Props<State>) {
  const [status, setStatus] = useState<string>("");
  const [manual, setManual] = useState<string | null>(null);
  const [embed, setEmbed] = useState<string | null>(null);

  const share = async () => {
    const link = shareUrl(spec, getState(), chapterPath);
    if (await copyText(link)) {
      setManual(null);
      setStatus("Link copied. It reopens this exact state.");
    } else {
      setManual(link);
      setStatus("Copy this link:");
    }
  };

  const toggleEmbed = () => {
    if (embed !== null) {
      setEmbed(null);
      return;
    }
    const chapterUrl = new URL(chapterPath, window.location.origin).href;
    setEmbed(embedSnippet(embedUrl(spec, getState()), title, embedHeight, chapterUrl));
  };

  return (
    <div class="share-bar">
      <div class="share-buttons">
        <button type="button" disabled={disabled} onClick={() => void share()}>
          Share link
        </button>
        <button type="button" disabled={disabled} aria-expanded={embed !== null} onClick={toggleEmbed}>
          Embed
        </button>
      </div>
      <p class="share-status" role="status">
        {status}
      </p>
      {manual !== null && (
        <input
          class="share-manual"
          type="text"
          readOnly
          value={manual}
          aria-label="Link to this state"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {embed !== null && (
        <div class="embed-panel">
          <label>
            HTML to embed this widget, in its current state
            <textarea readOnly rows={4} value={embed} onFocus={(event) => event.currentTarget.select()} />
          </label>
          <button
            type="button"
            onClick={() =>
              void copyText(embed).then((ok) => setStatus(ok ? "Embed code copied." : "Select the code and copy it."))
            }
          >
            Copy embed code
          </button>
        </div>
      )}
    </div>
  );
}
