import assert from "node:assert/strict";
import { test } from "node:test";
import { JSDOM } from "jsdom";

// The popup's "To review" and "Due" sections, built from the answers the service worker would give.
const { window } = new JSDOM("<!DOCTYPE html><body></body>", {
  url: "chrome-extension://abc/popup/popup.html",
});
Object.assign(globalThis, { document: window.document, Node: window.Node, CustomEvent: window.CustomEvent });
let answers = {};
globalThis.chrome = {
  runtime: { sendMessage: async ({ type }) => ({ ok: true, data: answers[type] }) },
};
const { MSG } = await import("../../extension/shared/messages.js");
const { dashboardUrl, renderQueues, SHOWN } = await import("../../extension/popup/queue-view.js");

const BASE = "http://127.0.0.1:5757";
const suggestion = (n) => ({
  id: `s${n}`,
  article: { url: `https://wire.example/${n}`, title: `Article ${n}` },
  contact: { id: `c${n}`, name: `Contact ${n}` },
  reasons: [`Reason ${n}`],
});
const due = (n, overdue = true) => ({
  contact: { id: `d${n}`, name: `Person ${n}` },
  due_date: "2026-11-02",
  overdue,
  suggested_kind: "thank_you",
});

async function sections({ suggestions = [], thankYous = [], followUps = [] } = {}, notice) {
  answers = {
    [MSG.LIST_SUGGESTIONS]: { suggestions },
    [MSG.LIST_FOLLOWUPS]: { thank_you_due: thankYous, follow_up_due: followUps, capped: [] },
  };
  const node = await renderQueues({ companionUrl: BASE, notice });
  return {
    review: node.querySelector('[data-panel="review"]'),
    due: node.querySelector('[data-panel="due"]'),
  };
}

const seeAll = (section) =>
  [...section.querySelectorAll("a")].find((a) => a.textContent.startsWith("See all"));

test("a long queue shows its count, the first few items in order and a link to the dashboard", async () => {
  const { review, due: dueSection } = await sections({
    suggestions: Array.from({ length: 12 }, (_, n) => suggestion(n)),
    thankYous: [due(1), due(2)],
    followUps: [due(3, false), { ...due(4, false), suggested_kind: "update" }],
  });
  assert.equal(review.querySelector("h2").textContent, "To review 12 suggested shares");
  assert.deepEqual(
    [...review.querySelectorAll("[data-suggestion-id]")].map((item) => item.dataset.suggestionId),
    ["s0", "s1", "s2"].slice(0, SHOWN),
  );
  assert.equal(seeAll(review).textContent, "See all 12 in the dashboard");
  assert.equal(seeAll(review).getAttribute("href"), `${BASE}/suggestions`);
  assert.equal(dueSection.querySelector("h2").textContent, "Due 2 thank-yous, 2 follow-ups");
  assert.equal(dueSection.querySelectorAll("[data-contact-id]").length, SHOWN);
  assert.equal(seeAll(dueSection).textContent, "See all 4 in the dashboard");
  assert.equal(seeAll(dueSection).getAttribute("href"), `${BASE}/`);
});

test("a short queue shows everything, in the singular where it is one, and no link", async () => {
  const { review, due: dueSection } = await sections({
    suggestions: [suggestion(1)],
    followUps: [{ ...due(1, false), suggested_kind: "update" }],
  });
  assert.equal(review.querySelector("h2").textContent, "To review 1 suggested share");
  assert.equal(dueSection.querySelector("h2").textContent, "Due 1 follow-up");
  assert.match(dueSection.querySelector("[data-contact-id]").textContent, /career update due/);
  assert.equal(seeAll(review), undefined);
  assert.equal(seeAll(dueSection), undefined);
  assert.equal(review.querySelectorAll("[data-suggestion-id]").length, 1);
});

test("empty sections say so and point to where suggestions come from", async () => {
  const { review, due: dueSection } = await sections();
  assert.equal(review.querySelector("h2").textContent, "To review");
  assert.match(review.textContent, /No suggested shares to review\./);
  assert.equal(review.querySelector("a").getAttribute("href"), `${BASE}/feeds`);
  assert.match(dueSection.textContent, /Nobody is due for a thank-you or a follow-up\./);
  assert.equal(dueSection.querySelector("a"), null);
});

test("each item opens to its actions; a notice from the last action is said in its section", async () => {
  const { review, due: dueSection } = await sections(
    { suggestions: [suggestion(1)], thankYous: [due(1)] },
    { panel: "review", text: "Logged: sent to Contact 0." },
  );
  const item = review.querySelector("[data-suggestion-id]");
  assert.equal(item.querySelector("details").open, false);
  assert.equal(item.querySelector("summary a").getAttribute("href"), "https://wire.example/1");
  assert.deepEqual(
    [...item.querySelectorAll("details > .actions button")].map((button) => button.textContent),
    ["Show draft", "Mark as sent", "Snooze", "Dismiss"],
  );
  assert.equal(review.querySelector('[role="status"]').textContent, "Logged: sent to Contact 0.");
  assert.equal(dueSection.querySelector(':scope > [role="status"]'), null);
});

test("dashboard addresses are built on the companion's address, or not at all", () => {
  assert.equal(dashboardUrl("http://127.0.0.1:5800", "/suggestions"), "http://127.0.0.1:5800/suggestions");
  assert.equal(dashboardUrl("http://localhost:5757", "/"), "http://localhost:5757/");
  assert.equal(dashboardUrl(undefined, "/"), null);
});

test("a suggestion matched on the feed's summary only says so; one read in full does not", async () => {
  const { review } = await sections({
    suggestions: [
      { ...suggestion(1), matched_on: "summary" },
      { ...suggestion(2), matched_on: "page" },
    ],
  });
  const [summary, page] = review.querySelectorAll("[data-suggestion-id]");
  assert.match(summary.querySelector('[data-matched-on="summary"]').textContent, /feed's summary only/);
  assert.equal(page.querySelector("[data-matched-on]"), null);
});
