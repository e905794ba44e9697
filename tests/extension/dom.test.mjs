import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!DOCTYPE html><body></body>", {
  url: "chrome-extension://abc/popup/popup.html",
});
Object.assign(globalThis, { document: window.document, Node: window.Node, CustomEvent: window.CustomEvent });
const { h, mailtoButton, safeLink, show } = await import("../../extension/shared/dom.js");

test("text that looks like HTML stays text", () => {
  const node = h("p", {}, "<img src=x onerror=alert(1)>", h("strong", { text: "<script>x()</script>" }));
  assert.equal(node.querySelector("img, script"), null);
  assert.equal(node.textContent, "<img src=x onerror=alert(1)><script>x()</script>");
});

test("children nested in arrays at any depth are all shown", () => {
  const box = show(h("div"), [h("h2", {}, "a"), [h("p", {}, "b"), [h("p", {}, "c")]]], null, false);
  assert.deepEqual(
    [...box.children].map((child) => child.textContent),
    ["a", "b", "c"],
  );
});

test("links open only http(s) addresses; anything else is plain text", () => {
  assert.equal(safeLink("https://wire.example/a", "A").getAttribute("href"), "https://wire.example/a");
  assert.equal(safeLink("https://wire.example/a", "A").getAttribute("rel"), "noopener noreferrer");
  for (const bad of [
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "not a url",
    undefined,
  ]) {
    const node = safeLink(bad, "label");
    assert.equal(node.tagName, "SPAN", String(bad));
    assert.equal(node.textContent, "label");
  }
});

test("the Email button accepts only mailto: drafts", () => {
  assert.equal(
    mailtoButton("mailto:a@example.org?subject=Hi").getAttribute("href"),
    "mailto:a@example.org?subject=Hi",
  );
  assert.equal(mailtoButton("javascript:alert(1)"), null);
  assert.equal(mailtoButton(undefined), null);
});
