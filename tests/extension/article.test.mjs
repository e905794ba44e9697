import assert from "node:assert/strict";
import { test } from "node:test";
import { fixtureCases, loadFixture, runInPage } from "./run-in-page.mjs";

const FILES = ["vendor/Readability.js", "content/article.js"];

for (const name of fixtureCases("article-")) {
  const { html, spec } = loadFixture(name);
  test(`extracts what the matcher needs from ${name}`, () => {
    const article = runInPage(html, spec.url, FILES);
    for (const [field, value] of Object.entries(spec.expected)) {
      assert.equal(article[field], value, `${field} of ${name}`);
    }
    if (spec.description_starts) assert.ok(article.description.startsWith(spec.description_starts));
    for (const keyword of spec.keywords_include || []) assert.ok(article.keywords.includes(keyword), keyword);
    for (const phrase of spec.text_includes || []) assert.ok(article.text.includes(phrase), phrase);
    for (const phrase of spec.text_excludes || []) assert.ok(!article.text.includes(phrase), phrase);
  });
}

test("caps the text sent to the companion at 20,000 characters", () => {
  const paragraph =
    "<p>Wind turbines and solar panels feed the regional grid every single day of the year. </p>";
  const html = `<title>Long read</title><article><h1>Long read</h1>${paragraph.repeat(600)}</article>`;
  const article = runInPage(html, "https://example.org/long", FILES);
  assert.equal(article.text.length, 20000);
});

test("works without Readability, from meta tags alone", () => {
  const html = `<title>Plain</title><meta name="description" content="A short summary.">`;
  const article = runInPage(html, "https://example.org/plain", ["content/article.js"]);
  assert.equal(article.title, "Plain");
  assert.equal(article.description, "A short summary.");
  assert.equal(article.text, "");
});

test("reading the article leaves the page untouched", () => {
  const { html, spec } = loadFixture("article-news");
  const first = runInPage(html, spec.url, [...FILES, "content/article.js"]);
  assert.ok(first.text.includes("battery storage"), "a second run in the same page still reads the article");
});
