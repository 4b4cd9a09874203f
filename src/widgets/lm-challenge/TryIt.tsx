/**
 * Try it: the reader types a prompt; the model's next-word probabilities and a greedy completion
 * appear as they type. Words outside the vocabulary are marked in place and nothing runs until
 * they are fixed. One forward pass per word: well under a millisecond here.
 */
import { useMemo } from "preact/hooks";
import { argmax, nextWordProbabilities } from "../../core/lm/behaviour.ts";
import type { Corpus } from "../../core/lm/corpus.ts";
import { createActivations } from "../../core/lm/forward.ts";
import type { LmParams } from "../../core/lm/params.ts";
import { tokenise } from "../../core/lm/vocabulary.ts";
import { MAX_PROMPT_CHARS } from "./model.ts";

const SHOWN = 6;
const COMPLETION_WORDS = 10;

export function TryIt({
  params,
  corpus,
  prompt,
  onPrompt,
  label,
}: {
  params: LmParams;
  corpus: Corpus;
  prompt: string;
  onPrompt: (prompt: string) => void;
  label: string;
}) {
  const tokens = useMemo(() => tokenise(prompt, corpus.vocabulary), [prompt, corpus]);
  const result = useMemo(() => {
    if (!tokens.ok) return null;
    const acts = createActivations(params.config);
    const probs = Array.from(nextWordProbabilities(params, tokens.ids, acts));
    const top = probs
      .map((p, id) => ({ word: corpus.vocabulary.words[id]!, p }))
      .sort((a, b) => b.p - a.p)
      .slice(0, SHOWN);
    const ids = [...tokens.ids];
    const completion: string[] = [];
    for (let i = 0; i < COMPLETION_WORDS; i++) {
      const next = argmax(nextWordProbabilities(params, ids, acts));
      completion.push(corpus.vocabulary.words[next]!);
      if (next === 1) break;
      ids.push(next);
    }
    return { top, completion };
  }, [tokens, params]);

  return (
    <div class="lm-try">
      <p>
        <label for="lm-prompt">Prompt ({label})</label>
        <input
          id="lm-prompt"
          class="lm-prompt"
          type="text"
          value={prompt}
          maxLength={MAX_PROMPT_CHARS}
          spellcheck={false}
          autocomplete="off"
          onInput={(e) => onPrompt(e.currentTarget.value.slice(0, MAX_PROMPT_CHARS))}
        />
      </p>
      <p class="lm-words" aria-label="The prompt as the model reads it">
        {tokens.words.map((w, i) => (
          <span key={i}>
            {w.id < 0 ? (
              <mark class="lm-unknown" title="not in the vocabulary">
                {w.text}
                <span class="visually-hidden"> (not in the vocabulary)</span>
              </mark>
            ) : (
              <span class="lm-word">{w.text}</span>
            )}{" "}
          </span>
        ))}
      </p>
      {!tokens.ok && (
        <p class="lm-error" role="status">
          {tokens.message}. The model knows {corpus.vocabulary.words.length - 1} words; the marked ones are not among
          them.
        </p>
      )}
      {result && (
        <div class="lm-next" role="status" aria-live="polite">
          <p>
            Greedy completion: <em>{prompt.trim()}</em>{" "}
            <strong class="lm-completion">{result.completion.join(" ")}</strong>
          </p>
          <table class="lm-probs">
            <caption>Most likely next words</caption>
            <tbody>
              {result.top.map(({ word, p }) => (
                <tr key={word}>
                  <th scope="row">{word}</th>
                  <td>
                    <meter class="lm-bar" min={0} max={1} value={p} aria-hidden="true" />
                  </td>
                  <td>{(p * 100).toFixed(1)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>The vocabulary</summary>
        <p class="lm-small">{corpus.vocabulary.words.slice(1).join(" · ")}</p>
      </details>
    </div>
  );
}
