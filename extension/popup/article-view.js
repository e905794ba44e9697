/**
 * Popup panel for an article: "Send this article to…" the contacts it fits (the best two, the rest
 * one click away), with reasons, follow-up status and per-contact actions (Email, Copy the message,
 * Mark as sent, Not relevant).
 */

import { actionButton, announceChange, copyText, h, mailtoButton, show, statusLine } from "../shared/dom.js";
import { followupLine, plural, roleLine } from "../shared/format.js";
import { ask, MSG } from "../shared/messages.js";
import { guarded, reasonList, statusChip } from "./parts.js";

/** Contacts shown at first; the others, best first, are one click away. */
const MATCHES_SHOWN = 2;

/** Build the article panel for an extracted article (the value of content/article.js). */
export async function renderArticle(article) {
  const list = h("div", { class: "stack" });
  const panel = h(
    "section",
    { class: "card", "data-panel": "article" },
    h("h2", {}, "Send this article to…"),
    h("p", { class: "article-title" }, article.title || article.url),
    list,
  );
  if (article.is_article === false) {
    // Shops, home pages and search results rarely make a good follow-up; matching stays one click away.
    show(
      list,
      h("p", { class: "empty", "data-empty": "not-article" }, "This page does not look like an article."),
      h(
        "div",
        { class: "actions" },
        actionButton("Find contacts anyway", () => showMatches(list, article)),
      ),
    );
  } else {
    await showMatches(list, article);
  }
  return panel;
}

async function showMatches(list, article) {
  show(list, h("p", { class: "muted" }, "Finding who this article fits…"));
  try {
    const { suggestions = [] } = await ask(MSG.MATCH_ARTICLE, { article });
    if (suggestions.length === 0) {
      show(
        list,
        h("p", { class: "empty", "data-empty": "matches" }, "Nobody in your contacts fits this article."),
      );
    } else {
      const cards = suggestions.map((suggestion) => suggestionCard(suggestion, article));
      const rest = cards.slice(MATCHES_SHOWN);
      const more =
        rest.length > 0
          ? h(
              "p",
              { class: "more" },
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  onclick: (event) => event.target.parentNode.replaceWith(...rest),
                },
                `Show ${plural(rest.length, "more contact")}`,
              ),
            )
          : null;
      show(list, cards.slice(0, MATCHES_SHOWN), more);
    }
  } catch (error) {
    show(list, h("p", { class: "error", role: "alert" }, error.message));
  }
}

function suggestionCard({ contact, reasons = [], followup, draft = {} }, article) {
  const status = statusLine();
  const followupState = followup || contact.followup;
  const copyMessage = async () => {
    const copied = await copyText([draft.subject, draft.body].filter(Boolean).join("\n\n"));
    status.say(copied ? "Message copied." : "Could not copy; select the text in your email instead.");
  };
  const markSent = guarded(status, async () => {
    const interaction = { kind: "article", channel: "email", url: article.url, note: article.title || "" };
    const answer = await ask(MSG.LOG_INTERACTION, { contactId: contact.id, interaction });
    // The companion's answer counts the share: the card says what the API says at once.
    const now = answer?.contact?.followup;
    if (now) {
      chip.replaceWith((chip = statusChip(now)));
      followupText.textContent = followupLine(now);
    }
    show(actions, h("span", { class: "done" }, "Logged as sent today."));
    announceChange();
  });
  const notRelevant = guarded(status, async () => {
    await ask(MSG.DISMISS_MATCH, { url: article.url, contactId: contact.id, title: article.title });
    show(card, h("p", { class: "muted" }, `Noted: not relevant for ${contact.name}.`));
    announceChange();
  });
  const actions = h(
    "div",
    { class: "actions" },
    mailtoButton(draft.mailto),
    actionButton("Copy", copyMessage, { title: "Copy the message" }),
    actionButton("Mark as sent", markSent),
    actionButton("Not relevant", notRelevant),
  );
  let chip = statusChip(followupState);
  const followupText = h("p", { class: "small muted", "data-followup": "" }, followupLine(followupState));
  const card = h(
    "article",
    { class: "item", "data-contact-id": contact.id },
    h("div", { class: "item-head" }, h("h3", { class: "name" }, contact.name), chip),
    h("p", { class: "muted" }, roleLine(contact)),
    reasonList(reasons),
    followupText,
    actions,
    status,
  );
  return card;
}
