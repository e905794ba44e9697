/**
 * Popup entry: find the tab to act on, check the companion, then show the page's panel
 * (article or LinkedIn profile) first, and below it what waits in the review queue and is due:
 * counts and the first few items, with links to the companion's dashboard for the rest.
 *
 * `popup.html?tab=<tabId>` acts on that tab instead of the active one (used by the browser tests).
 */

import { actionButton, CHANGED_EVENT, h, show } from "../shared/dom.js";
import { ask, MSG } from "../shared/messages.js";
import { getCompanionUrl } from "../shared/settings.js";
import { renderArticle } from "./article-view.js";
import { renderProfile } from "./profile-view.js";
import { dashboardUrl, renderQueues } from "./queue-view.js";

const app = document.getElementById("app");
const dashboardLink = document.getElementById("open-dashboard");
let queueSlot = null; // where "To review" and "Due" are shown, once the companion answered
let companionUrl = null;
let queueDrawing = 0; // only the newest drawing of the queues is shown
document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
// Panels announce a change (a capture, a logged touch) so that "To review" and "Due" stay current.
document.addEventListener(CHANGED_EVENT, (event) => {
  if (queueSlot) showQueues(queueSlot, event.detail?.panel ? event.detail : undefined);
});

function showQueues(slot, notice) {
  const drawing = ++queueDrawing;
  const draw = (panel) => drawing === queueDrawing && show(slot, panel);
  return renderQueues({ companionUrl, notice })
    .then(draw)
    .catch((error) => draw(errorPanel(error)));
}

async function targetTabId() {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function offlinePanel() {
  return h(
    "section",
    { class: "card notice", "data-state": "offline" },
    h("h2", {}, "The companion is not running"),
    h("p", {}, "Start it on this computer, then try again:"),
    h("pre", {}, "scripts/run"),
    h("p", { class: "muted" }, "or, if it is installed: companion serve"),
    actionButton("Try again", () => start(), { variant: "primary" }),
  );
}

function unpairedPanel(message) {
  return h(
    "section",
    { class: "card notice", "data-state": "unpaired" },
    h("h2", {}, "Pair the extension with the companion"),
    h("p", {}, message || "The extension needs the companion's token before it can show your contacts."),
    h("p", { class: "muted" }, "Get the token with: companion token"),
    actionButton("Open Options to pair", () => chrome.runtime.openOptionsPage(), { variant: "primary" }),
  );
}

function errorPanel(error) {
  return h("section", { class: "card notice error", role: "alert" }, h("p", {}, error.message));
}

/** Panel for the page in the tab: article matches, profile capture, or why neither applies. */
async function pagePanel(tabId) {
  const { kind, page } = await ask(MSG.EXTRACT_PAGE, { tabId });
  if (kind === "article") return renderArticle(page);
  if (kind === "profile") return renderProfile(page);
  const message =
    page.message || "Open an article or a LinkedIn profile, then click the Follow-Up Companion button again.";
  return h("section", { class: "card notice", "data-state": kind }, h("p", {}, message));
}

async function start() {
  show(app, h("p", { class: "muted" }, "Checking the companion…"));
  try {
    const { paired, reason } = await ask(MSG.STATUS);
    if (!paired) return show(app, unpairedPanel(reason));
    companionUrl = await getCompanionUrl();
  } catch (error) {
    if (error.kind === "offline") return show(app, offlinePanel());
    if (error.kind === "unpaired") return show(app, unpairedPanel());
    return show(app, errorPanel(error));
  }
  const home = dashboardUrl(companionUrl, "/");
  if (home) Object.assign(dashboardLink, { href: home, hidden: false });
  const pageSlot = h("div", {}, h("p", { class: "muted" }, "Reading this page…"));
  queueSlot = h("div");
  show(app, pageSlot, queueSlot);
  const tabId = await targetTabId();
  await Promise.all([
    (tabId ? pagePanel(tabId) : Promise.reject(new Error("No tab to read.")))
      .then((panel) => show(pageSlot, panel))
      .catch((error) => show(pageSlot, errorPanel(error))),
    showQueues(queueSlot),
  ]);
}

start();
