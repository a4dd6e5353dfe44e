import { planToDocx } from "./docx";
import type { Plan } from "./schema";

/** The Word download of a plan, named after its title (RFC 5987 for the Chinese file name). */
export async function docxResponse(plan: Plan, cacheControl = "public, max-age=300") {
  const bytes = await planToDocx(plan);
  const filename = `${plan.title.replace(/[\\/:*?"<>|]/g, "")}.docx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="plan.docx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": cacheControl,
    },
  });
}
