import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Print, Word and classroom mode for one plan (built-in or a teacher's own). */
export function PlanActions({ base, docxHref }: { base: string; docxHref: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`${base}/present`} className={buttonClass("primary")}>
        课堂模式
      </Link>
      <Link href={`${base}/print`} className={buttonClass("secondary")}>
        打印版
      </Link>
      <a href={docxHref} className={buttonClass("secondary")} download>
        下载 Word
      </a>
    </div>
  );
}
