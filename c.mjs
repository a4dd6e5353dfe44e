// crop tall png into 844px (phone) chunks using chromium? use playwright to render image and clip
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [file, out, top, height] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const p = await b.newPage({ viewport: { width: 1400, height: 900 } });
const data = readFileSync(file).toString("base64");
await p.setContent(`<body style="margin:0"><img id=i src="data:image/png;base64,${data}"></body>`);
const w = await p.$eval("#i", (i) => i.naturalWidth);
await p.screenshot({ path: out, clip: { x: 0, y: Number(top), width: w, height: Number(height) }, fullPage: true });
await b.close();
