/**
 * Test helper: run an extension content script in a jsdom window, as executeScript does in a tab.
 *
 * The script's completion value (its last expression) is what the extension receives.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { JSDOM } from "jsdom";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURES = join(root, "tests", "fixtures", "pages");

const source = (relative) => readFileSync(join(root, "extension", relative), "utf8");

/** Fixture case names starting with `prefix`. */
export function fixtureCases(prefix) {
  return readdirSync(FIXTURES)
    .filter((name) => name.startsWith(prefix))
    .sort();
}

/** The fixture's HTML and its expected.json. */
export function loadFixture(name) {
  return {
    html: readFileSync(join(FIXTURES, name, "index.html"), "utf8"),
    spec: JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8")),
  };
}

/** Run extension files (relative to extension/) in order in a page at `url`; return the last value. */
export function runInPage(html, url, files) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only" });
  const context = dom.getInternalVMContext();
  let value;
  for (const file of files) value = vm.runInContext(source(file), context, { filename: file });
  // Values cross the realm boundary the way structured clone would carry them to the extension.
  return JSON.parse(JSON.stringify(value));
}
