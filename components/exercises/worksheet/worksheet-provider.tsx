"use client";

import { useSession } from "next-auth/react";
import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { worksheetIdentity } from "./worksheet-local";
import { WorksheetStore } from "./worksheet-store";

const WorksheetContext = createContext<WorksheetStore | null>(null);

const RETRY_MS = 5_000;

function browserStorage(kind: "localStorage" | "sessionStorage"): Storage | null {
  try {
    return typeof window === "undefined" ? null : window[kind];
  } catch {
    return null;
  }
}

/**
 * Holds the answers of every exercise on a lesson page. The page itself is static; the
 * student's saved work is fetched here, in the browser, once the session is known.
 */
export function WorksheetProvider({
  lesson,
  initial,
  children,
}: {
  lesson: string;
  initial: Record<string, unknown>;
  children: ReactNode;
}) {
  const { data: session, status } = useSession();
  const user = session?.user;

  const store = useMemo(() => {
    if (status === "loading") return null;
    const storage = browserStorage("localStorage");
    const identity = worksheetIdentity(user ?? null, storage);
    return new WorksheetStore(
      lesson,
      identity.userKey,
      identity.canSave,
      {
        fetch: (...args) => fetch(...args),
        storage,
        tabStorage: browserStorage("sessionStorage"),
        isOnline: () => navigator.onLine,
      },
      identity.signedOutAs,
    );
    // The store follows who is signed in, not every refetch of the session object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, user?.id, user?.role, user?.mustChangePassword, lesson]);

  useEffect(() => {
    if (!store) return;
    store.start(Object.keys(initial), (id) => initial[id]);
    const online = () => store.retryPending();
    const offline = () => store.markOffline();
    const storage = (event: StorageEvent) => store.onStorage(event.key);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("storage", storage);
    const timer = window.setInterval(() => store.retryPending(), RETRY_MS);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("storage", storage);
      window.clearInterval(timer);
    };
  }, [store, initial]);

  return <WorksheetContext.Provider value={store}>{children}</WorksheetContext.Provider>;
}

const noop = () => () => {};

/** The worksheet store once the answers can be shown (null before), re-rendering on every change. */
export function useWorksheet(): WorksheetStore | null {
  const store = useContext(WorksheetContext);
  useSyncExternalStore(store?.subscribe ?? noop, store?.getVersion ?? (() => 0), () => 0);
  return store?.ready ? store : null;
}
