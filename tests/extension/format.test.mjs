import assert from "node:assert/strict";
import { test } from "node:test";

import { plural } from "../../extension/shared/format.js";

test("plural says one thing in the singular and any other count in the plural", () => {
  assert.equal(plural(1, "feed"), "1 feed");
  assert.equal(plural(2, "feed"), "2 feeds");
  assert.equal(plural(0, "feed"), "0 feeds");
  assert.equal(plural(12, "suggested share"), "12 suggested shares");
  assert.equal(plural(1, "thank-you"), "1 thank-you");
  assert.equal(plural(3, "thank-you"), "3 thank-yous");
});

test("plural takes the plural form when adding an s is wrong", () => {
  assert.equal(plural(1, "person", "people"), "1 person");
  assert.equal(plural(4, "person", "people"), "4 people");
  assert.equal(plural(2, "reply", "replies"), "2 replies");
  assert.equal(plural(0, "person", "people"), "0 people");
});
