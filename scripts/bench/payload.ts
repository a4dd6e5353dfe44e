// 5. Payload: the JavaScript a first visit downloads (every <script src> of the HTML), gzip-compressed.
import { gzipSync } from "node:zlib";
import { timed } from "./http";

export async function firstLoadJs(base: string, pagePath: string, cookie: string | null) {
  const page = await timed(`${base}${pagePath}`, { headers: cookie ? { cookie } : {} });
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const sources = [...new Set([...page.body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let gzip = 0;
  let raw = 0;
  const chunks: { src: string; gzip: number }[] = [];
  for (const src of sources) {
    const res = await fetch(new URL(src.replace(/&amp;/g, "&"), base));
    const bytes = Buffer.from(await res.arrayBuffer());
    const size = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += size;
    chunks.push({ src, gzip: size });
  }
  return { kB: gzip / 1024, rawKB: raw / 1024, scripts: sources.length, chunks };
}
