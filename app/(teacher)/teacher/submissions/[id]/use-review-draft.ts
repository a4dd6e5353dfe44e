"use client";

import { useEffect, useState } from "react";
import { useWarnBeforeLeaving } from "@/lib/hooks/use-warn-before-leaving";

// A review in progress is kept in this browser until it is saved: J, a reload, a closed tab or a
// failed save loses no typed score or comment. Reopening the submission restores it.

type Stored<T> = { value: T; at: number };

export function useReviewDraft<T>(key: string, saved: T, current: T, restore: (draft: T) => void) {
  const [restored, setRestored] = useState(false);
  const savedText = JSON.stringify(saved);
  const dirty = JSON.stringify(current) !== savedText;

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      const draft = raw ? (JSON.parse(raw) as Stored<T>) : null;
      if (draft && JSON.stringify(draft.value) !== savedText) {
        restore(draft.value);
        // localStorage exists only after hydration, so the draft can only be applied in an effect.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setRestored(true);
      }
    } catch {
      // Storage disabled or a broken entry: start from what the server has.
    }
    // Once per submission: the draft is read when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    try {
      if (dirty)
        window.localStorage.setItem(key, JSON.stringify({ value: current, at: Date.now() } satisfies Stored<T>));
      else window.localStorage.removeItem(key);
    } catch {
      // Storage full or disabled: the warning before leaving still protects the work.
    }
  }, [key, dirty, current]);

  useWarnBeforeLeaving(dirty);

  return {
    dirty,
    restored,
    discard: () => {
      window.localStorage.removeItem(key);
      setRestored(false);
      restore(saved);
    },
  };
}
