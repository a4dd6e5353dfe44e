"use client";

import { givenLevelState, type GivenLevel, type RubricLevel } from "@/lib/rubrics/levels";

type Props = {
  title: string;
  levels: RubricLevel[];
  score: number | null;
  /** The level this score was given with, as it read then. */
  given: GivenLevel | null;
  onPick: (level: RubricLevel) => void;
};

/**
 * One button per rubric level; a click (or its number key while the buttons have the focus, or
 * Shift+number in the score field) sets the score. When the score was given with a level that
 * has since been edited, says so — the score itself stays as given.
 */
export function RubricPicker({ title, levels, score, given, onPick }: Props) {
  const state = givenLevelState(given, score, levels);
  return (
    <div className="text-sm">
      <div
        className="flex flex-wrap gap-2"
        role="group"
        aria-label={`“${title}”的评分标准`}
        onKeyDown={(e) => {
          const level = /^[1-9]$/.test(e.key) ? levels[Number(e.key) - 1] : undefined;
          if (!level) return;
          e.preventDefault();
          onPick(level);
        }}
      >
        {levels.map((level, i) => {
          const chosen = state ? state === "current" && given?.label === level.label : score === level.points;
          return (
            <button
              key={level.label}
              type="button"
              title={level.description}
              aria-pressed={chosen}
              onClick={() => onPick(level)}
              className={`min-h-9 rounded-md border px-3 ${chosen ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white"}`}
            >
              <span className="mr-1 text-xs text-slate-500" aria-hidden>
                {i + 1}
              </span>
              {level.label} {level.points}
            </button>
          );
        })}
      </div>
      {state === "changed" && given ? (
        <p className="mt-1 text-amber-800" data-testid="stale-level">
          这个分数是按修改前的评分标准“{given.label}（{given.points}{" "}
          分）”给的，分数保持不变；要按新标准给分，请点上面的档位。
        </p>
      ) : null}
    </div>
  );
}
