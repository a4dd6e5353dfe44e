"use client";

import { signOut, useSession } from "next-auth/react";
import { forgetLastStudent } from "@/components/exercises/worksheet/worksheet-local";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { navFor, ROLE_LABELS } from "@/lib/auth/roles";

export function SiteNav() {
  const { data, status } = useSession();
  const pathname = usePathname();
  const user = data?.user;
  const items = navFor(user?.role);

  return (
    <>
      <nav
        aria-label="主导航"
        className="order-3 -mx-4 w-[calc(100%+2rem)] overflow-x-auto px-4 sm:order-2 sm:mx-0 sm:w-auto sm:flex-1 sm:px-0"
      >
        <ul className="flex gap-1">
          {items.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`block rounded-md px-3 py-2 text-[15px] whitespace-nowrap ${
                    active ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100"
                  }`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="order-2 ml-auto flex items-center gap-2 text-sm sm:order-3 sm:ml-0">
        {status === "loading" ? (
          <span className="h-9 w-16" aria-hidden />
        ) : user ? (
          <>
            <span className="hidden text-slate-600 min-[420px]:inline" data-testid="account-name">
              {user.name}
              <span className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                {ROLE_LABELS[user.role]}
              </span>
            </span>
            <button
              type="button"
              onClick={async () => {
                // 退出 on a shared 机房 PC: the next person signed out here sees none of these drafts.
                forgetLastStudent(window.localStorage);
                await signOut({ redirect: false });
                // A full page load drops every cached page of the signed-in user.
                // eslint-disable-next-line @next/next/no-location-assign-relative-destination
                window.location.assign("/login");
              }}
              className="min-h-9 rounded-md border border-slate-300 px-3 text-slate-700 hover:bg-slate-50"
            >
              退出
            </button>
          </>
        ) : (
          <Link
            href="/login"
            className="inline-flex min-h-9 items-center rounded-md bg-brand-600 px-3 text-white hover:bg-brand-700"
          >
            登录
          </Link>
        )}
      </div>
    </>
  );
}
