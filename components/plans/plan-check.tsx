import { planMessages } from "@/lib/messages/plans";

/** The template rules' verdict, shown on the plan so a teacher sees what to fix. */
export function PlanCheck({ problems }: { problems: string[] }) {
  if (problems.length === 0) {
    return (
      <p role="status" className="rounded-md border border-green-200 bg-green-50 px-4 py-2 text-sm text-green-800">
        ✓ {planMessages.valid}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">这份教案还需要修改：</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
