/**
 * The recipe card: the classic list of what decides a model's weights, each with the lab's
 * control, or — where the lab cannot simulate an ingredient honestly — the reason. Before
 * hydration (and without JavaScript) the same controls show the published recipe, disabled.
 */
import type { LabRecipe } from "../../core/nn/lab/choices.ts";
import { INGREDIENTS, type Field } from "./model.ts";

interface Props {
  recipe: LabRecipe;
  hydrated: boolean;
  seedText: string;
  seedError: string | null;
  onChoice: (field: Field, value: string) => void;
  onSeed: (text: string) => void;
}

export function RecipeCard({ recipe, hydrated, seedText, seedError, onChoice, onSeed }: Props) {
  return (
    <dl class="lab-card">
      {INGREDIENTS.map((ingredient) => (
        <div class="lab-ingredient" key={ingredient.id}>
          <dt>{ingredient.name}</dt>
          <dd>
            <p class="lab-about">{ingredient.about}</p>
            {ingredient.controls.map((control) => {
              const id = `lab-${control.field}`;
              const value = recipe[control.field];
              // Disabled, not swapped for text, before hydration: the server-rendered lab is the
              // first frame and must lay out as the hydrated one (no shift).
              return (
                <div class="lab-control" key={control.field}>
                  <label for={id}>{control.label}</label>
                  <select
                    id={id}
                    value={String(value)}
                    disabled={!hydrated}
                    onChange={(e) => onChoice(control.field, e.currentTarget.value)}
                  >
                    {control.choices.map((choice) => (
                      <option key={choice.value} value={String(choice.value)}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
            {ingredient.id === "seed" && (
              <div class="lab-control">
                <label for="lab-seed">Seed (0 to 4,294,967,295)</label>
                <input
                  id="lab-seed"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellcheck={false}
                  maxLength={12}
                  value={seedText}
                  disabled={!hydrated}
                  aria-invalid={seedError !== null}
                  aria-describedby={seedError ? "lab-seed-error" : undefined}
                  onInput={(e) => onSeed(e.currentTarget.value)}
                />
                {seedError && (
                  <p id="lab-seed-error" class="lab-error">
                    {seedError}
                  </p>
                )}
              </div>
            )}
            {ingredient.limit && <p class="lab-limit">{ingredient.limit}</p>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
