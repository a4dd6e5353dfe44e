// Runs once when a server instance starts (Node.js only): refuse to serve with a broken configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/env-guard");
}
