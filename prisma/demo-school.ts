// The demo school: what a fresh install shows, and what the end-to-end tests sign in with.

export const DEMO_PASSWORD = "demo1234";

export const DEMO_ADMIN = { username: "admin", name: "系统管理员" } as const;
export const DEMO_TEACHER = { username: "teacher", name: "周敏", email: "teacher@demo.kefu.local" } as const;
export const DEMO_STUDENTS = [
  { username: "s01", name: "王雨涵" },
  { username: "s02", name: "李浩然" },
  { username: "s03", name: "张思琪" },
  { username: "s04", name: "陈子轩" },
  { username: "s05", name: "刘欣怡" },
] as const;
export const DEMO_CLASS = { name: "23电商1班", term: "2026—2027 学年第一学期" } as const;
