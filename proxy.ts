import { withAuth } from "next-auth/middleware";

// An early redirect to the login page for signed-out visitors, nothing more: every page,
// data function and action checks the session and role itself (the proxy can be bypassed).
export default withAuth({ pages: { signIn: "/login" } });

export const config = { matcher: ["/student/:path*", "/teacher/:path*", "/admin/:path*", "/change-password"] };
