import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { commonMessages } from "@/lib/messages/common";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: `${commonMessages.productName} · ${commonMessages.tagline}`,
    template: `%s · ${commonMessages.productName}`,
  },
  description: "面向中职、高职电子商务专业的网店客服互动课程、练习与教案平台。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

// No session read here: that would make every page dynamic. Route-group layouts decide.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-dvh flex-col bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
