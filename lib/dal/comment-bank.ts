import "server-only";
import { prisma } from "@/lib/db";
import { userWithRoleOr404 } from "./session";

/** The signed-in teacher's 评语库, oldest first (so the Alt+number shortcuts stay put). */
export async function getCommentBank() {
  const user = await userWithRoleOr404(["TEACHER", "ADMIN"]);
  return prisma.commentBankEntry.findMany({
    where: { teacherId: user.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, text: true },
  });
}
