// 6. Lighthouse (mobile emulation, its default) in Debian's Chromium: performance and accessibility.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export async function lighthouseScores(url: string, cookie: string | null) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const categories = result?.lhr.categories;
    const audits = result?.lhr.audits;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      lcpMs: Math.round(audits?.["largest-contentful-paint"]?.numericValue ?? Number.NaN),
      tbtMs: Math.round(audits?.["total-blocking-time"]?.numericValue ?? Number.NaN),
      failing: Object.values(audits ?? {})
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    };
  } finally {
    chrome.kill();
  }
}
