import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, beforeEach, test } from "node:test";
import { installFakeChrome } from "./fake-chrome.mjs";

installFakeChrome();
const { callCompanion } = await import("../../extension/shared/api.js");
const { DEFAULTS, clearToken, getSettings, normaliseCompanionUrl } =
  await import("../../extension/shared/settings.js");

// A small stand-in for the companion that records what it was sent and answers like it does.
const seen = [];
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    seen.push({ method: request.method, url: request.url, headers: request.headers, body });
    const answer = (status, payload) => {
      response.writeHead(status, { "Content-Type": "application/json" });
      response.end(JSON.stringify(payload));
    };
    if (request.url === "/api/ping")
      return answer(200, { ok: true, app: "followup-companion", version: "1" });
    if (request.headers.authorization !== "Bearer good-token")
      return answer(401, { ok: false, error: "missing or wrong token", status: 401 });
    if (request.url === "/api/contacts" && request.method === "POST") {
      return answer(400, {
        ok: false,
        error: "`name` is required",
        errors: ["`name` is required"],
        status: 400,
      });
    }
    if (request.url === "/api/boom") return answer(500, { ok: false, error: "internal error", status: 500 });
    return answer(200, { ok: true, echo: body ? JSON.parse(body) : null });
  });
});
let base;

before(async () => {
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());
beforeEach(async () => {
  seen.length = 0;
  await chrome.storage.local.set({ companionUrl: base, token: "good-token" });
});

test("sends JSON with the token in the Authorization header, never in the URL", async () => {
  const answer = await callCompanion("POST", "/api/contacts/capture", { name: "Ana" });
  assert.deepEqual(answer.echo, { name: "Ana" });
  const [request] = seen;
  assert.equal(request.headers.authorization, "Bearer good-token");
  assert.equal(request.headers["content-type"], "application/json");
  assert.ok(!request.url.includes("good-token"));
});

test("ping needs no token and sends none", async () => {
  await clearToken();
  const answer = await callCompanion("GET", "/api/ping");
  assert.equal(answer.app, "followup-companion");
  assert.equal(seen[0].headers.authorization, undefined);
});

test("without a token it says unpaired before touching the network", async () => {
  await clearToken();
  await assert.rejects(callCompanion("GET", "/api/followups"), { kind: "unpaired" });
  assert.equal(seen.length, 0);
});

test("a refused token is reported as unpaired with what to do", async () => {
  await chrome.storage.local.set({ token: "stale-token" });
  await assert.rejects(callCompanion("GET", "/api/followups"), {
    kind: "unpaired",
    message: /Pair again in Options/,
  });
});

test("a companion that is not running is reported as offline", async () => {
  await chrome.storage.local.set({ companionUrl: "http://127.0.0.1:9" });
  await assert.rejects(callCompanion("GET", "/api/followups"), {
    kind: "offline",
    message: "The companion is not running.",
  });
});

test("the companion's error message becomes a sentence for the user", async () => {
  await assert.rejects(callCompanion("POST", "/api/contacts", {}), {
    kind: "bad_request",
    status: 400,
    message: "`name` is required.",
  });
  await assert.rejects(callCompanion("GET", "/api/boom"), { kind: "failed", message: "Internal error." });
});

test("settings fall back to DEFAULTS and only loopback http addresses are accepted", async () => {
  await chrome.storage.local.remove(["companionUrl", "token"]);
  assert.deepEqual(await getSettings(), DEFAULTS);
  assert.equal(DEFAULTS.companionUrl, "http://127.0.0.1:5757");
  assert.equal(normaliseCompanionUrl(" http://localhost:6000/ "), "http://localhost:6000");
  for (const bad of [
    "https://127.0.0.1:5757",
    "http://192.168.1.4:5757",
    "http://evil.example",
    "127.0.0.1:5757",
    "",
  ]) {
    assert.equal(normaliseCompanionUrl(bad), null, bad);
  }
});
