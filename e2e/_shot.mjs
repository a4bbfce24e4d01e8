import { chromium } from "@playwright/test";
const [,, email, url, out, width = "390", scheme = "light"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const ctx = await browser.newContext({ baseURL: "http://127.0.0.1:3115", viewport: { width: Number(width), height: 900 }, colorScheme: scheme, extraHTTPHeaders: { "x-forwarded-for": "10.9.9." + Math.floor(Math.random() * 200) } });
const page = await ctx.newPage();
if (email !== "-") {
  const { csrfToken } = await (await ctx.request.get("/api/auth/csrf")).json();
  await ctx.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: process.env.PW ?? "a-long-enough-secret", callbackUrl: "/projects" }, maxRedirects: 0 });
}
await page.goto(url);
await page.waitForLoadState("networkidle");
const info = await page.evaluate(() => { const t = document.querySelector("table"); return t ? { table: t.scrollWidth, box: t.parentElement.clientWidth, cols: [...t.querySelectorAll("tr:nth-child(2) > *")].map((c) => c.getBoundingClientRect().width) } : null; });
console.log(JSON.stringify(info));
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();
