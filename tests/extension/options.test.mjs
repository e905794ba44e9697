import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";

// The options page, with chrome.storage answering only when the test lets it: a slow browser.
const html = readFileSync(new URL("../../extension/options/options.html", import.meta.url), "utf8");
const { window } = new JSDOM(html, { url: "chrome-extension://abc/options/options.html" });
Object.assign(globalThis, { document: window.document, Node: window.Node, CustomEvent: window.CustomEvent });
let answer;
const stored = new Promise((resolve) => {
  answer = resolve;
});
globalThis.chrome = {
  storage: { local: { get: async () => stored, set: async () => {}, remove: async () => {} } },
  runtime: { sendMessage: async () => ({ ok: true, data: {} }) },
};
await import("../../extension/options/options.js");

test("an address typed before the saved settings arrive is kept, not overwritten", async () => {
  const input = document.getElementById("companion-url");
  input.value = "http://127.0.0.1:5800";
  input.dispatchEvent(new window.Event("input"));
  answer({ companionUrl: "http://127.0.0.1:5757" });
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(input.value, "http://127.0.0.1:5800");
  assert.equal(document.getElementById("status").textContent, "Not paired yet.");
});
