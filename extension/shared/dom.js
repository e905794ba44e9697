/**
 * Small DOM helpers for the popup and options pages.
 *
 * Everything shown is built with DOM methods and textContent: text from pages, feeds and contacts
 * is never parsed as HTML (SECURITY.md 19). Links are only ever http(s) or mailto.
 */

/** Create an element: h("p", {class: "muted"}, "text", childNode, ...). */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace everything inside `node` with `children`. */
export function show(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter(Boolean));
  return node;
}

/** A button that shows "working" while its async action runs and reports failures beside it. */
export function actionButton(label, action, { variant = "", title = "" } = {}) {
  const button = h(
    "button",
    { type: "button", class: `btn ${variant}`.trim(), title: title || undefined },
    label,
  );
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      await action(button);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** A link that opens an http(s) address in a new tab, or plain text when the address is anything else. */
export function safeLink(url, label) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !["http:", "https:"].includes(parsed.protocol)) return h("span", {}, label);
  return h("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label);
}

/** A mailto: link styled as a button, or null when the draft has no mailto: address. */
export function mailtoButton(mailto, label = "Email") {
  if (typeof mailto !== "string" || !mailto.startsWith("mailto:")) return null;
  return h("a", { class: "btn primary", href: mailto, target: "_blank", rel: "noopener" }, label);
}

/** Copy text to the clipboard; falls back to selecting a hidden textarea where the API is refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = h("textarea", { class: "offscreen", readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    return copied;
  }
}

/** A status line (role=status) whose text can be changed later with .say(text, tone). */
export function statusLine() {
  const line = h("p", { class: "status", role: "status" });
  line.say = (text, tone = "") => {
    line.textContent = text;
    line.className = `status ${tone}`.trim();
  };
  return line;
}

/** Event a popup panel dispatches on `document` after it changed data in the companion. */
export const CHANGED_EVENT = "companion-changed";

/**
 * Tell the popup that data changed, so other sections reload; `detail` may carry a notice for the
 * section that made the change ({panel, text}), shown once it has reloaded.
 */
export function announceChange(detail = {}) {
  document.dispatchEvent(new CustomEvent(CHANGED_EVENT, { detail }));
}
