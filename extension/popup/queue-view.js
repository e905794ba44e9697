/**
 * Popup sections below the page panel: "To review" (suggested shares the feed poller found) and
 * "Due" (thank-yous and follow-ups). Each says how many there are and shows the first few, each
 * opening to its actions and draft; the rest are one link away, on the companion's dashboard.
 */

import { actionButton, announceChange, h, safeLink, show, statusLine } from "../shared/dom.js";
import { formatDate, kindLabel, plural } from "../shared/format.js";
import { ask, MSG } from "../shared/messages.js";
import { draftBox, guarded, reasonList } from "./parts.js";

/** How many items each section shows; the dashboard lists them all. */
export const SHOWN = 3;

/** The dashboard pages that list everything: the review queue, and Today (thank-yous and follow-ups). */
const DASHBOARD_PAGES = { review: "/suggestions", due: "/", feeds: "/feeds" };

/**
 * Build both sections from the companion's pending suggestions and follow-ups.
 * `notice` ({panel, text}) is said at the top of that section, e.g. what an action just logged.
 */
export async function renderQueues({ companionUrl, notice } = {}) {
  const page = (name) => dashboardUrl(companionUrl, DASHBOARD_PAGES[name]);
  const said = (panel) => (notice?.panel === panel ? notice.text : "");
  // Each section stands alone: one failing request should not hide the other section.
  const [review, due] = await Promise.allSettled([ask(MSG.LIST_SUGGESTIONS), ask(MSG.LIST_FOLLOWUPS)]);
  return h(
    "div",
    { class: "stack" },
    review.status === "fulfilled"
      ? reviewSection(review.value.suggestions || [], page, said("review"))
      : failedSection("review", "To review", review.reason),
    due.status === "fulfilled"
      ? dueSection(due.value.thank_you_due || [], due.value.follow_up_due || [], page, said("due"))
      : failedSection("due", "Due", due.reason),
  );
}

/** A dashboard page's address, or null when the companion's address is not known. */
export function dashboardUrl(companionUrl, path) {
  try {
    return new URL(path, companionUrl).href;
  } catch {
    return null;
  }
}

function failedSection(panel, title, error) {
  return h(
    "section",
    { class: "card", "data-panel": panel },
    h("h2", {}, title),
    h("p", { class: "error", role: "alert" }, error.message),
  );
}

/** A section: its title and count, a notice, the items shown (or the empty state), "See all N". */
function listSection({ panel, title, count, summary, items, empty, notice, allUrl }) {
  const status = statusLine();
  if (notice) status.say(notice, "ok");
  const seeAll =
    count > items.length && allUrl
      ? h("p", { class: "see-all" }, safeLink(allUrl, `See all ${count} in the dashboard`))
      : null;
  return h(
    "section",
    { class: "card", "data-panel": panel, "data-count": count },
    h("h2", { class: "section-head" }, title, count ? [" ", h("span", { class: "count" }, summary)] : null),
    notice ? status : null,
    count ? items : empty,
    seeAll,
  );
}

function reviewSection(suggestions, page, notice) {
  const empty = [
    h("p", { class: "empty" }, "No suggested shares to review."),
    h(
      "p",
      { class: "small muted" },
      "Articles from your news feeds that fit your contacts show up here: ",
      safeLink(page("feeds"), "feeds in the dashboard"),
      ".",
    ),
  ];
  return listSection({
    panel: "review",
    title: "To review",
    count: suggestions.length,
    summary: plural(suggestions.length, "suggested share"),
    items: suggestions.slice(0, SHOWN).map(suggestionItem),
    empty,
    notice,
    allUrl: page("review"),
  });
}

/** An item of a section: a summary line that opens to the details and actions. */
function expandable(attributes, summary, ...body) {
  return h("article", { class: "item", ...attributes }, h("details", {}, h("summary", {}, summary), ...body));
}

function suggestionItem(suggestion) {
  const status = statusLine();
  const article = suggestion.article || {};
  const contact = suggestion.contact || {};
  const name = contact.name || "the contact";
  const draftSlot = h("div");
  const decide = (newStatus, done) =>
    guarded(status, async () => {
      await ask(MSG.UPDATE_SUGGESTION, { id: suggestion.id, status: newStatus });
      show(item, h("p", { class: "muted" }, done));
      announceChange({ panel: "review", text: done });
    });
  const showDraft = guarded(status, async () => {
    const request = {
      contactId: contact.id,
      kind: "article",
      channel: "email",
      url: article.url,
      title: article.title,
    };
    show(draftSlot, draftBox(await ask(MSG.GET_DRAFT, request), status));
  });
  const item = expandable(
    { "data-suggestion-id": suggestion.id },
    [
      h(
        "h3",
        { class: "article-title" },
        safeLink(article.url, article.title || article.url || "Untitled article"),
      ),
      h("span", { class: "small muted" }, "for ", h("strong", {}, contact.name || "a contact")),
    ],
    reasonList(suggestion.reasons, 2),
    suggestion.matched_on === "summary"
      ? h(
          "p",
          { class: "small muted", "data-matched-on": "summary" },
          "Matched on the feed's summary only: the page could not be read.",
        )
      : null,
    h(
      "div",
      { class: "actions" },
      actionButton("Show draft", showDraft),
      actionButton("Mark as sent", decide("sent", `Logged: sent to ${name}.`), { variant: "primary" }),
      actionButton("Snooze", decide("snoozed", "Snoozed.")),
      actionButton("Dismiss", decide("dismissed", "Dismissed.")),
    ),
    draftSlot,
    status,
  );
  return item;
}

function dueSection(thankYous, followUps, page, notice) {
  const items = [...thankYous, ...followUps];
  const summary = [
    thankYous.length ? plural(thankYous.length, "thank-you") : "",
    followUps.length ? plural(followUps.length, "follow-up") : "",
  ]
    .filter(Boolean)
    .join(", ");
  return listSection({
    panel: "due",
    title: "Due",
    count: items.length,
    summary,
    items: items.slice(0, SHOWN).map(dueItem),
    empty: h("p", { class: "empty" }, "Nobody is due for a thank-you or a follow-up."),
    notice,
    allUrl: page("due"),
  });
}

function dueItem({ contact, due_date: dueDate, overdue, suggested_kind: suggestedKind }) {
  const kind = suggestedKind || "update";
  const channel = kind === "linkedin" ? "linkedin" : "email";
  const status = statusLine();
  const draftSlot = h("div");
  const when = overdue ? `Overdue since ${formatDate(dueDate)}` : `Due ${formatDate(dueDate)}`;
  const showDraft = guarded(status, async () => {
    show(draftSlot, draftBox(await ask(MSG.GET_DRAFT, { contactId: contact.id, kind, channel }), status));
  });
  const logSent = guarded(status, async () => {
    await ask(MSG.LOG_INTERACTION, { contactId: contact.id, interaction: { kind, channel } });
    const done = `Logged: ${kindLabel(kind)} for ${contact.name}.`;
    show(item, h("p", { class: "muted" }, done));
    announceChange({ panel: "due", text: done });
  });
  const item = expandable(
    { "data-contact-id": contact.id },
    h(
      "span",
      { class: "item-head" },
      h("h3", { class: "name" }, contact.name),
      h(
        "span",
        { class: `chip ${overdue ? "urgent" : "due"}` },
        `${kindLabel(kind)} ${overdue ? "overdue" : "due"}`,
      ),
    ),
    h("p", { class: "small muted" }, `${when}. Suggested: ${kindLabel(kind)}.`),
    h(
      "div",
      { class: "actions" },
      actionButton("Show draft", showDraft),
      actionButton("Log as sent", logSent, { variant: "primary" }),
    ),
    draftSlot,
    status,
  );
  return item;
}
