// GET /api/health — liveness with a real database query: 200 when it answers, 503 when it does not.
import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", db: "ok" }, { headers });
  } catch (error) {
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
    return Response.json({ status: "error", db: "error" }, { status: 503, headers });
  }
}
