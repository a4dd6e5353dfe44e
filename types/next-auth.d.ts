import type { Role } from "@/lib/auth/roles";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    id: string;
    name: string;
    role: Role;
    tokenVersion: number;
    mustChangePassword: boolean;
  }
  interface Session {
    user?: { id: string; name: string; role: Role; mustChangePassword: boolean };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    tv?: number;
    mcp?: boolean;
  }
}
