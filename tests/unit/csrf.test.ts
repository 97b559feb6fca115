import { describe, expect, it } from "vitest";
import { csrfRefusal } from "~/server/http/csrf";

const req = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/api/trpc/x", { method, headers, body: method === "GET" ? undefined : "{}" });
const allowed = ["http://localhost:3000"];

describe("csrfRefusal", () => {
  it("lets reads through", () => {
    expect(csrfRefusal(req("GET", {}), allowed)).toBeNull();
  });
  it("requires JSON and a same-site origin for writes", () => {
    expect(csrfRefusal(req("POST", { "content-type": "application/json", origin: "http://localhost:3000" }), allowed)).toBeNull();
    expect(csrfRefusal(req("POST", { "content-type": "application/json; charset=utf-8", origin: "http://localhost:3000" }), allowed)).toBeNull();
    expect(csrfRefusal(req("POST", { "content-type": "text/plain", origin: "http://localhost:3000" }), allowed)).toMatch(/application\/json/);
    expect(csrfRefusal(req("POST", { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000" }), allowed)).toMatch(/application\/json/);
    expect(csrfRefusal(req("POST", { "content-type": "application/json", origin: "https://evil.example" }), allowed)).toBe("Cross-site request refused");
    expect(csrfRefusal(req("POST", { "content-type": "application/json", origin: "null" }), allowed)).toBe("Cross-site request refused");
  });
  it("accepts the host the browser addressed, the Referer as a fallback, and same-origin fetch metadata", () => {
    expect(csrfRefusal(req("POST", { "content-type": "application/json", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), allowed)).toBeNull();
    expect(csrfRefusal(req("POST", { "content-type": "application/json", referer: "http://localhost:3000/o/x" }), allowed)).toBeNull();
    expect(csrfRefusal(req("POST", { "content-type": "application/json", "sec-fetch-site": "same-origin" }), allowed)).toBeNull();
    expect(csrfRefusal(req("POST", { "content-type": "application/json", "sec-fetch-site": "cross-site" }), allowed)).toBe("Missing Origin header");
  });
});
