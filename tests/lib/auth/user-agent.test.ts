import { describe, expect, it } from "vitest";
import { describeUserAgent } from "@/lib/auth/user-agent";

const UA = {
  chromeMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
  edgeWindows:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51",
  firefoxLinux: "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
  safariIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  safariIpad:
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
  safariMac:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  chromeAndroid:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
  headless:
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36",
  curl: "curl/8.5.0",
};

describe("describeUserAgent", () => {
  it.each([
    [UA.chromeMac, "Chrome on macOS"],
    [UA.edgeWindows, "Edge on Windows"],
    [UA.firefoxLinux, "Firefox on Linux"],
    [UA.safariIphone, "Safari on iOS"],
    [UA.safariIpad, "Safari on iOS"],
    [UA.safariMac, "Safari on macOS"],
    [UA.chromeAndroid, "Chrome on Android"],
    [UA.headless, "Headless Chrome on Linux"],
    [UA.curl, "curl"],
  ])("%s → %s", (ua, expected) => {
    expect(describeUserAgent(ua)).toBe(expected);
  });

  it("says 'Unknown browser' when there is no User-Agent", () => {
    expect(describeUserAgent(null)).toBe("Unknown browser");
    expect(describeUserAgent(undefined)).toBe("Unknown browser");
    expect(describeUserAgent("")).toBe("Unknown browser");
  });

  it("says 'A browser' for something unrecognised, with the OS when known", () => {
    expect(describeUserAgent("SomeBot/1.0")).toBe("A browser");
    expect(describeUserAgent("SomeBot/1.0 (Windows NT 10.0)")).toBe("A browser on Windows");
  });
});
