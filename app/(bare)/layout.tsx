import type { ReactNode } from "react";

// Pages printed or projected — 教案 print and Word-like sheets, classroom mode (present), the
// assignment archive — live here rather than in their audience's group because they must render
// without the site's header, navigation and footer. Being outside (teacher) gives them no less
// protection: every page here checks the session, role and ownership itself (requireArea and the
// data functions), as every page does.
export default function BareLayout({ children }: { children: ReactNode }) {
  return children;
}
