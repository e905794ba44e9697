/**
 * Popup sections below the page panel: "To review" (suggested shares the feed poller found) and
 * "Due" (thank-yous and follow-ups), each item with its actions and draft.
 */

import { actionButton, h, safeLink, show, statusLine } from "../shared/dom.js";
import { formatDate, kindLabel } from "../shared/format.js";
import { ask, MSG } from "../shared/messages.js";
import { draftBox, guarded, reasonList } from "./parts.js";

/** Build both sections from the companion's pending suggestions and follow-ups. */
export async function renderQueues() {
  // Each section stands alone: one failing request should not hide the other section.
  const [review, due] = await Promise.allSettled([ask(MSG.LIST_SUGGESTIONS), ask(MSG.LIST_FOLLOWUPS)]);
  return h(
    "div",
    { class: "stack" },
    review.status === "fulfilled"
      ? reviewSection(review.value.suggestions || [])
      : failedSection("review", "To review", review.reason),
    due.status === "fulfilled"
      ? dueSection([...(due.value.thank_you_due || []), ...(due.value.follow_up_due || [])])
      : failedSection("due", "Due", due.reason),
  );
}

function failedSection(panel, title, error) {
  return h(
    "section",
    { class: "card", "data-panel": panel },
    h("h2", {}, title),
    h("p", { class: "error", role: "alert" }, error.message),
  );
}

function reviewSection(suggestions) {
  const body = suggestions.length
    ? suggestions.map(suggestionItem)
    : [h("p", { class: "empty" }, "No suggested shares to review.")];
  return h(
    "section",
    { class: "card", "data-panel": "review" },
    h("h2", {}, `To review (${suggestions.length})`),
    ...body,
  );
}

function suggestionItem(suggestion) {
  const status = statusLine();
  const article = suggestion.article || {};
  const contact = suggestion.contact || {};
  const draftSlot = h("div");
  const decide = (newStatus, done) =>
    guarded(status, async () => {
      await ask(MSG.UPDATE_SUGGESTION, { id: suggestion.id, status: newStatus });
      show(item, h("p", { class: "muted" }, done));
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
  const item = h(
    "article",
    { class: "item", "data-suggestion-id": suggestion.id },
    h(
      "h3",
      { class: "article-title" },
      safeLink(article.url, article.title || article.url || "Untitled article"),
    ),
    h("p", {}, "for ", h("strong", {}, contact.name || "a contact")),
    reasonList(suggestion.reasons, 2),
    h(
      "div",
      { class: "actions" },
      actionButton("Show draft", showDraft),
      actionButton("Mark as sent", decide("sent", `Logged: sent to ${contact.name || "the contact"}.`), {
        variant: "primary",
      }),
      actionButton("Snooze", decide("snoozed", "Snoozed.")),
      actionButton("Dismiss", decide("dismissed", "Dismissed.")),
    ),
    draftSlot,
    status,
  );
  return item;
}

function dueSection(items) {
  const body = items.length
    ? items.map(dueItem)
    : [h("p", { class: "empty" }, "Nobody is due for a thank-you or a follow-up.")];
  return h("section", { class: "card", "data-panel": "due" }, h("h2", {}, `Due (${items.length})`), ...body);
}

function dueItem({ contact, due_date: dueDate, overdue, suggested_kind: suggestedKind }) {
  const kind = suggestedKind || "update";
  const channel = kind === "linkedin" ? "linkedin" : "email";
  const status = statusLine();
  const draftSlot = h("div");
  const when = overdue ? `overdue since ${formatDate(dueDate)}` : `due ${formatDate(dueDate)}`;
  const showDraft = guarded(status, async () => {
    show(draftSlot, draftBox(await ask(MSG.GET_DRAFT, { contactId: contact.id, kind, channel }), status));
  });
  const logSent = guarded(status, async () => {
    await ask(MSG.LOG_INTERACTION, { contactId: contact.id, interaction: { kind, channel } });
    show(item, h("p", { class: "muted" }, `Logged: ${kindLabel(kind)} for ${contact.name}.`));
  });
  const item = h(
    "article",
    { class: "item", "data-contact-id": contact.id },
    h(
      "div",
      { class: "item-head" },
      h("h3", { class: "name" }, contact.name),
      h("span", { class: `chip ${overdue ? "urgent" : "due"}` }, when),
    ),
    h("p", { class: "muted" }, `Suggested: ${kindLabel(kind)}`),
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
