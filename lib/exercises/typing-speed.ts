import type { TypingAnswer } from "./kinds/typing";

// No zod here: the typing widget shows the same figures while the student types.

export type TypingResult = { chars: number; correctChars: number; cpm: number; accuracy: number };

/** Speed (字/分钟, counting correct characters) and accuracy of a typing attempt. */
export function measureTyping(passage: string, answer: TypingAnswer): TypingResult {
  const typed = [...answer.typed.replace(/\s/g, "")];
  const target = [...passage.replace(/\s/g, "")];
  const correctChars = typed.filter((ch, i) => target[i] === ch).length;
  const minutes = answer.elapsedMs / 60_000;
  return {
    chars: typed.length,
    correctChars,
    cpm: minutes > 0 ? Math.round(correctChars / minutes) : 0,
    accuracy: typed.length ? Math.round((correctChars / typed.length) * 1000) / 1000 : 0,
  };
}
