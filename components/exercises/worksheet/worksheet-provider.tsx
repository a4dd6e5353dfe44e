"use client";

import { useSession } from "next-auth/react";
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { WorksheetStore, type ServerWork } from "./worksheet-store";

const WorksheetContext = createContext<WorksheetStore | null>(null);

const RETRY_MS = 5_000;

/**
 * Holds the answers of every exercise on a lesson page. The page itself is static; the
 * student's saved work is fetched here, in the browser, once the session is known.
 */
export function WorksheetProvider({ lesson, initial, children }: { lesson: string; initial: Record<string, unknown>; children: ReactNode }) {
  const { data: session, status } = useSession();
  const userId = session?.user?.id;
  const isStudent = session?.user?.role === "STUDENT" && !session.user.mustChangePassword;

  const store = useMemo(
    () =>
      status === "loading"
        ? null
        : new WorksheetStore(lesson, userId ?? "anon", isStudent, {
            fetch: (...args) => fetch(...args),
            storage: typeof window === "undefined" ? null : window.localStorage,
            isOnline: () => navigator.onLine,
          }),
    [status, userId, isStudent, lesson],
  );

  useEffect(() => {
    if (!store) return;
    let cancelled = false;
    const ids = Object.keys(initial);
    const empty = (id: string) => initial[id];
    if (store.canSave) {
      fetch(`/api/work/${encodeURIComponent(lesson)}`)
        .then(async (response) => (response.ok ? ((await response.json()) as ServerWork) : null))
        .catch(() => null)
        .then((work) => {
          if (!cancelled) store.init(ids, work, empty);
        });
    } else {
      store.init(ids, null, empty);
    }
    const online = () => store.retryPending();
    const offline = () => store.markOffline();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    const timer = window.setInterval(() => store.retryPending(), RETRY_MS);
    return () => {
      cancelled = true;
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.clearInterval(timer);
    };
  }, [store, lesson, initial]);

  return <WorksheetContext.Provider value={store}>{children}</WorksheetContext.Provider>;
}

const noop = () => () => {};

/** The worksheet store once the answers are loaded (null before), re-rendering on every change. */
export function useWorksheet(): WorksheetStore | null {
  const store = useContext(WorksheetContext);
  useSyncExternalStore(store?.subscribe ?? noop, store?.getVersion ?? (() => 0), () => 0);
  return store?.ready ? store : null;
}
