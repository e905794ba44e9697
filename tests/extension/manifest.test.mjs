import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const EXTENSION = fileURLToPath(new URL("../../extension/", import.meta.url));
const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const ownCode = files(EXTENSION).filter(
  (path) => /\.(js|html)$/.test(path) && !relative(EXTENSION, path).startsWith("vendor"),
);

test("asks only for storage, activeTab, scripting and alarms, and the companion on loopback", () => {
  assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "alarms", "scripting", "storage"]);
  assert.deepEqual(manifest.host_permissions, ["http://127.0.0.1/*", "http://localhost/*"]);
  assert.equal(manifest.optional_host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, "content scripts run only on the user's click");
});

test("loads in Chromium and Firefox: service worker beside background scripts, gecko settings", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.background.service_worker, "background.js");
  assert.deepEqual(manifest.background.scripts, ["background.js"]);
  assert.ok(manifest.browser_specific_settings.gecko.id);
  assert.ok(manifest.browser_specific_settings.gecko.data_collection_permissions);
});

test("no HTML injection sinks or dynamic code in the extension's own files", () => {
  const sink = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|new Function|\beval\(/;
  for (const path of ownCode) {
    assert.doesNotMatch(readFileSync(path, "utf8"), sink, relative(EXTENSION, path));
  }
});

test("only the service worker talks to the network", () => {
  for (const path of ownCode) {
    const name = relative(EXTENSION, path);
    if (name === "shared/api.js") continue;
    assert.doesNotMatch(readFileSync(path, "utf8"), /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon/, name);
    if (name !== "background.js") assert.doesNotMatch(readFileSync(path, "utf8"), /shared\/api\.js/, name);
  }
});

test("content scripts never see the token or extension messaging", () => {
  for (const name of ["content/linkedin-profile.js", "content/article.js"]) {
    const source = readFileSync(join(EXTENSION, name), "utf8");
    assert.doesNotMatch(source, /(chrome|browser)\.(runtime|storage)|\btoken\b|^\s*import\s/m, name);
  }
});

test("every declared message type has a handler in the service worker", async () => {
  globalThis.chrome ??= {};
  const { MSG } = await import("../../extension/shared/messages.js");
  const worker = readFileSync(join(EXTENSION, "background.js"), "utf8");
  for (const key of Object.keys(MSG)) assert.match(worker, new RegExp(`\\[MSG\\.${key}\\]`), key);
});

test("vendor/Readability.js is the npm package's file, unmodified, at the version noted", () => {
  const packaged = fileURLToPath(new URL("../../node_modules/@mozilla/readability/", import.meta.url));
  const version = JSON.parse(readFileSync(join(packaged, "package.json"), "utf8")).version;
  assert.equal(
    readFileSync(join(EXTENSION, "vendor/Readability.js"), "utf8"),
    readFileSync(join(packaged, "Readability.js"), "utf8"),
  );
  assert.match(
    readFileSync(join(EXTENSION, "vendor/VERSION"), "utf8"),
    new RegExp(`@mozilla/readability ${version}\\b`),
  );
});
