import "server-only";
import { createPrismaClient, type Db } from "./db-client";
import { databaseUrl } from "./env";

// One client per server process (kept on globalThis so dev hot reloads do not open more).
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const prisma = globalForPrisma.prisma ?? createPrismaClient(databaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
