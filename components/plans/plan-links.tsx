import Link from "next/link";
import type { Phase } from "@/lib/plans/schema";
import { resolveLink } from "@/lib/plans/links";

/** The lesson sections and exercises a phase uses, one click away. */
export function PlanLinks({ phase, className = "" }: { phase: Phase; className?: string }) {
  const links = phase.links.map(resolveLink).filter((l) => l !== null);
  if (links.length === 0) return null;
  return (
    <ul className={`space-y-1 ${className}`}>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
