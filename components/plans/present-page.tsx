import { Markdown } from "@/components/markdown";
import { resolveLink } from "@/lib/plans/links";
import type { Plan } from "@/lib/plans/schema";
import { Presenter } from "./presenter";

/** Renders each phase's Markdown on the server and hands the phases to the classroom presenter. */
export function PresentPage({ plan, backHref }: { plan: Plan; backHref: string }) {
  const phases = plan.phases.map((p) => ({
    name: p.name,
    minutes: p.minutes,
    teacher: <Markdown text={p.teacher} />,
    student: <Markdown text={p.student} />,
    links: p.links.map(resolveLink).filter((l) => l !== null),
  }));
  return <Presenter title={plan.title} phases={phases} backHref={backHref} />;
}
