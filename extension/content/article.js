/**
 * Content script: read the article shown in this tab.
 *
 * Injected on the user's click after vendor/Readability.js with chrome.scripting.executeScript;
 * the value of the last expression is {url, title, description, text, keywords, site_name,
 * is_article}. Sources, best first: JSON-LD (NewsArticle, Article, BlogPosting), Open Graph and
 * meta tags, then Readability for the body text. It never talks to the network. Node tests run
 * this same file in a jsdom window on fixture pages.
 */
(() => {
  const MAX_TEXT = 20000;
  const ARTICLE_TYPES = [
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "TechArticle",
  ];
  const clean = (text) =>
    String(text || "")
      .replace(/\s+/g, " ")
      .trim();

  function meta(doc, ...names) {
    for (const name of names) {
      const node = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
      const value = clean(node?.getAttribute("content"));
      if (value) return value;
    }
    return "";
  }

  /** The first JSON-LD object whose @type is an article type, or null. */
  function jsonLdArticle(doc) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data;
      try {
        data = JSON.parse(script.textContent);
      } catch {
        continue;
      }
      const items = [data, ...(Array.isArray(data) ? data : []), ...(data?.["@graph"] || [])];
      const found = items.find((item) => {
        const types = [].concat(item?.["@type"] || []);
        return types.some((type) => ARTICLE_TYPES.includes(type));
      });
      if (found) return found;
    }
    return null;
  }

  function keywordList(...sources) {
    const words = sources.flatMap((source) =>
      Array.isArray(source) ? source : String(source || "").split(","),
    );
    return [...new Set(words.map(clean).filter(Boolean))].slice(0, 30);
  }

  /** The page's own address without the fragment; the canonical link when it is http(s). */
  function articleUrl(doc, href) {
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
    try {
      const url = new URL(canonical || href, href);
      if (url.protocol === "http:" || url.protocol === "https:") {
        url.hash = "";
        return url.href;
      }
    } catch {
      // fall through to the tab's own address
    }
    return href.split("#")[0];
  }

  function readableText(doc) {
    if (typeof Readability !== "function") return { text: "", readable: false };
    let parsed = null;
    try {
      // Readability changes the document it reads, so it gets a copy; very large pages are left to meta tags.
      parsed = new Readability(doc.cloneNode(true), { charThreshold: 300, maxElemsToParse: 60000 }).parse();
    } catch {
      parsed = null; // odd markup must not cost the user the title and description
    }
    const text = clean(parsed?.textContent);
    return {
      text,
      readable: Boolean(parsed) && text.length >= 300,
      title: clean(parsed?.title),
      excerpt: clean(parsed?.excerpt),
    };
  }

  /** Extract the article on `doc` (at address `href`). */
  function extractArticle(doc, href) {
    const ld = jsonLdArticle(doc);
    const readable = readableText(doc);
    const title =
      clean(ld?.headline) || meta(doc, "og:title", "twitter:title") || readable.title || clean(doc.title);
    const description =
      meta(doc, "og:description", "description", "twitter:description") ||
      clean(ld?.description) ||
      readable.excerpt ||
      "";
    const text = (readable.text || clean(ld?.articleBody)).slice(0, MAX_TEXT);
    return {
      url: articleUrl(doc, href),
      title,
      description,
      text,
      keywords: keywordList(
        meta(doc, "keywords", "news_keywords"),
        ld?.keywords,
        meta(doc, "article:section"),
      ),
      site_name:
        meta(doc, "og:site_name", "application-name") || clean(ld?.publisher?.name) || new URL(href).hostname,
      is_article: Boolean(ld) || meta(doc, "og:type") === "article" || readable.readable,
    };
  }

  if (typeof globalThis.__followupTestHooks === "object" && globalThis.__followupTestHooks) {
    Object.assign(globalThis.__followupTestHooks, { extractArticle });
  }
  return typeof document === "undefined" ? null : extractArticle(document, location.href);
})();
